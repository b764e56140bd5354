package dev.supervisorportal.backend.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The browser protections every answer of the portal carries, pages and API alike, applied to each security filter
 * chain: a Content-Security-Policy, {@code nosniff}, a same-origin referrer, no camera, microphone or location, no
 * framing by other sites, and HSTS on requests that came in over HTTPS (directly or, with the forwarded headers, through
 * a TLS proxy).
 *
 * <p>Vaadin Flow needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts and inline styles (its bootstrap
 * page starts the client engine inline, and the engine builds functions from what the server sends); everything else
 * stays on the portal's own origin, push's WebSocket included.
 */
@Component
public class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    public static final String DEFAULT_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final String contentSecurityPolicy;

    SecurityHeaders(@Value("${portal.security.content-security-policy:" + DEFAULT_CONTENT_SECURITY_POLICY + "}")
                    String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Written before the request goes on: Vaadin writes its pages without passing through the response
                // wrapper that would otherwise add them when the response commits.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
