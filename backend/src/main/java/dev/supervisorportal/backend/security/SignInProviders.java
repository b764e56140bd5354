package dev.supervisorportal.backend.security;

import dev.supervisorportal.backend.signin.SignInThrottle;
import dev.supervisorportal.backend.signin.ThrottledAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.authentication.configuration.GlobalAuthenticationConfigurerAdapter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * Who checks a user name and password, for the sign-in form and the API's HTTP Basic alike: every
 * {@link AuthenticationProvider} bean, in their order, the first that accepts wins, all inside the sign-in throttle
 * (one attempt counts once, whoever answered it). The portal's own accounts come first (unless
 * {@code portal.local-accounts.enabled=false}), a directory's beside them (profile {@code ldap}). Spring Security by itself would take
 * only a single provider bean, and with none fall back to the password table, which must stay off when local
 * accounts are.
 */
@Configuration
class SignInProviders {

    static final String LOCAL_ACCOUNTS = "portal.local-accounts.enabled";

    /** Takes no name and password: every password sign-in is refused as with no provider for it (401). */
    private static final AuthenticationProvider NO_PASSWORD_SIGN_IN = new AuthenticationProvider() {
        @Override
        public org.springframework.security.core.Authentication authenticate(
                org.springframework.security.core.Authentication authentication) {
            return null;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return false;
        }
    };

    @Bean
    @Order(0)
    @ConditionalOnBooleanProperty(name = LOCAL_ACCOUNTS, matchIfMissing = true)
    AuthenticationProvider localAccountsSignIn(UserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return provider;
    }

    @Bean
    static GlobalAuthenticationConfigurerAdapter everySignInProvider(ObjectProvider<AuthenticationProvider> providers,
                                                                     ObjectProvider<SignInThrottle> throttle) {
        return new GlobalAuthenticationConfigurerAdapter() {
            @Override
            public void init(AuthenticationManagerBuilder authentication) {
                List<AuthenticationProvider> all = providers.orderedStream().toList();
                if (all.isEmpty()) {
                    // No password sign-in at all (local accounts off, no directory: single sign-on only). A provider
                    // that takes nothing keeps Spring from falling back to the password table.
                    authentication.authenticationProvider(NO_PASSWORD_SIGN_IN);
                    return;
                }
                authentication.authenticationProvider(new ThrottledAuthenticationProvider(throttle.getObject(), all));
            }
        };
    }
}
