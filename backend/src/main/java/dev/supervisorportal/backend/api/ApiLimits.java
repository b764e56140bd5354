package dev.supervisorportal.backend.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body the API reads ({@code portal.api.*}); a larger one is refused with 413 before it is parsed.
 *
 * @param jsonBodySize     a JSON body (a namespace request, a VM, a TKG cluster, …)
 * @param manifestBodySize a YAML manifest, all of its documents
 */
@ConfigurationProperties("portal.api")
record ApiLimits(DataSize jsonBodySize, DataSize manifestBodySize) {

    ApiLimits {
        jsonBodySize = jsonBodySize == null ? DataSize.ofKilobytes(64) : jsonBodySize;
        manifestBodySize = manifestBodySize == null ? DataSize.ofMegabytes(1) : manifestBodySize;
    }
}
