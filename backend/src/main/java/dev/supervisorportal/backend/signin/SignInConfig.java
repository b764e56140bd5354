package dev.supervisorportal.backend.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * The one authentication provider of the portal's form login and the API's HTTP Basic: passwords checked against the
 * accounts table, throttled. Spring Security makes the only {@code AuthenticationProvider} bean the provider of every
 * filter chain; further sign-in methods go into this provider's list, so the throttle covers them too.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    @Bean
    ThrottledAuthenticationProvider signInProvider(SignInThrottle throttle, UserDetailsService accounts,
                                                   PasswordEncoder passwords) {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(throttle, List.of(passwordCheck));
    }
}
