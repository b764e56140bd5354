package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.security.SecurityHeaders;
import dev.supervisorportal.backend.signin.SignInLockedException;
import dev.supervisorportal.backend.security.SignInRefusedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;


/**
 * The REST API's two security filter chains, ahead of the portal's Vaadin chain (which has no order and so comes
 * last): {@code /api/**} with HTTP Basic, no session and no CSRF token, refusing with problem details rather than a
 * redirect to the login page (429 with {@code Retry-After} while the sign-in throttle holds the account or address);
 * and the OpenAPI document, Swagger UI, the problem types ({@code /problems/…}) and {@code /error}, open to all.
 */
@Configuration
class ApiSecurityConfig {

    static final String REALM = "Supervisor Portal";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ProblemWriter problems,
                                               SecurityHeaders securityHeaders) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof SignInLockedException locked) {
                        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfterSeconds()));
                        problems.write(request, response, ProblemType.SIGN_IN_LOCKED, locked.reason());
                        return;
                    }
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    problems.write(request, response, ProblemType.UNAUTHENTICATED, signInProblem(e));
                }))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
                        problems.write(request, response, ProblemType.FORBIDDEN, Msg.of("api.denied"))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(securityHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http, SecurityHeaders securityHeaders)
            throws Exception {
        // Without /error here, an error dispatch of an API call would fall to the Vaadin chain and become a redirect.
        return http.securityMatcher("/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/problems", ProblemType.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .headers(securityHeaders)
                .build();
    }

    /** Why a sign-in failed, when the person should know more than "sign in" (a directory down, a name clash). */
    private static Msg signInProblem(AuthenticationException failure) {
        return failure instanceof SignInRefusedException refused ? refused.reason() : Msg.of("api.sign-in");
    }

    /**
     * A request Spring Security's firewall refuses before any filter chain (an encoded '/', '.', line break or NUL in
     * its path, …): under {@code /api/} a 400 problem detail, elsewhere the firewall's plain 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
        return (request, response, e) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response, ProblemType.REJECTED_PATH, Msg.of("api.path.rejected"));
            } else {
                plain.handle(request, response, e);
            }
        };
    }
}
