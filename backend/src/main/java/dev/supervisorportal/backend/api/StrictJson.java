package dev.supervisorportal.backend.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;

/**
 * A JSON body that names a field twice is refused as not valid JSON, rather than read with whichever value came last:
 * a client (or whatever sits between it and the portal) that reads the first one would see another request than the
 * one the portal carries out.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer duplicateFieldsRefused() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
