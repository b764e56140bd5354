package dev.supervisorportal.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
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
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Prometheus scrapes without a login; the metrics are counts and timings, no names of workloads.
                .requestMatchers("/styles/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .permitAll());
        singleSignOn.ifAvailable(sso -> sso.configure(http));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
