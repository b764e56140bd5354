package dev.supervisorportal.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.supervisorportal.backend.security.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in for the Vaadin views; the views' own access annotations and the services' rules do the rest.
 *
 * <p>Vaadin's own CSRF set-up exempts the login form's POST, which lets another site sign a browser in to an
 * account of the attacker's (login CSRF). Here only Vaadin's internal requests are exempt, which carry Vaadin's own
 * token; the login form sends Spring Security's token, which Vaadin puts in the page's {@code _csrf} meta tags.
 */
@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** The login page's query parameter after a sign-in without a valid token: the page had expired, or was forged. */
    static final String EXPIRED_PARAMETER = "expired";

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                                  SecurityHeaders securityHeaders,
                                                  ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                // A sign-in refused for its token goes back to the form, which says why, instead of a bare 403.
                .exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                        (request, response, denied) -> response.sendRedirect(
                                request.getContextPath() + "/login?" + EXPIRED_PARAMETER),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")))
                .headers(securityHeaders);
        // Vaadin's configurer sets what follows a success; a failure may also be a lock. The login page is named here
        // too: a form login without one, set up before Vaadin's, would have Spring serve its own default login page.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(new SignInFailureHandler()));
        singleSignOn.ifAvailable(sso -> sso.configure(http));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }
}
