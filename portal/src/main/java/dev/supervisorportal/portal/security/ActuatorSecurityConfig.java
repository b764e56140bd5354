package dev.supervisorportal.portal.security;

import dev.supervisorportal.backend.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The actuator: health stays open for load balancers and probes (its details only for admins), everything else —
 * Prometheus' metrics above all — is for admins, signed in by HTTP Basic. With {@code management.server.port} set to a
 * port of its own, which only the monitoring network reaches, Prometheus scrapes there without an account.
 */
@Configuration
class ActuatorSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, SecurityHeaders securityHeaders,
                                                    @Value("${server.port:8080}") int serverPort,
                                                    @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(onOwnManagementPort(serverPort, managementPort)).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("Supervisor Portal metrics"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(securityHeaders)
                .build();
    }

    /** Requests that came in on a management port apart from the portal's own. */
    static RequestMatcher onOwnManagementPort(int serverPort, int managementPort) {
        boolean separate = managementPort > 0 && managementPort != serverPort;
        return (HttpServletRequest request) -> separate && request.getLocalPort() == managementPort;
    }
}
