package dev.supervisorportal.backend.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every request body of the API, before a converter parses it: refused with 413 when over {@link ApiLimits} (the
 * manifest limit for a manifest, the JSON limit for any other body, whatever its type; by its
 * {@code Content-Length} or, without one, after reading one byte more than allowed), and as unreadable when its bytes
 * are not text in its charset (UTF-8 unless the {@code Content-Type} names another) rather than read with
 * replacement characters. The body is small by then, so it is handed on from memory.
 */
@ControllerAdvice(basePackageClasses = BodyLimits.class)
@EnableConfigurationProperties(ApiLimits.class)
class BodyLimits extends RequestBodyAdviceAdapter {

    private final ApiLimits limits;

    BodyLimits(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = message.getHeaders().getContentType();
        DataSize limit = parameter.getContainingClass() == ManifestController.class
                ? limits.manifestBodySize() : limits.jsonBodySize();
        if (message.getHeaders().getContentLength() > limit.toBytes()) {
            throw new BodyTooLargeException(limit);
        }
        byte[] body = message.getBody().readNBytes(Math.toIntExact(limit.toBytes()) + 1);
        if (body.length > limit.toBytes()) {
            throw new BodyTooLargeException(limit);
        }
        Charset charset = type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
