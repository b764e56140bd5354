package dev.supervisorportal.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Sign-in for the Vaadin views; the views' own access annotations and the services' rules do the rest. */
@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Prometheus scrapes without a login; the metrics are counts and timings, no names of workloads.
                .requestMatchers("/styles/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .permitAll());
        // Vaadin's configurer sets the login page and what follows a success; a failure may also be a lock.
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
