package dev.supervisorportal.backend.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.List;

/**
 * Puts the {@link SignInThrottle} around any authentication providers (passwords in the database, LDAP, …): a
 * locked account name or client address is refused before any of them is asked, and one attempt counts once, as a
 * failure when every provider refused the credentials or as a success. The client address is the request's remote
 * address (behind a proxy, with {@code server.forward-headers-strategy} set, the one it forwarded).
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final List<AuthenticationProvider> providers;
    private final ProviderManager manager;

    public ThrottledAuthenticationProvider(SignInThrottle throttle, List<AuthenticationProvider> providers) {
        this.throttle = throttle;
        this.providers = List.copyOf(providers);
        this.manager = new ProviderManager(this.providers);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.check(account, address);
        try {
            Authentication signedIn = manager.authenticate(attempt);
            throttle.succeeded(account, address);
            return signedIn;
        } catch (BadCredentialsException | UsernameNotFoundException refused) {
            throw throttle.failed(account, address).<AuthenticationException>map(lock -> lock).orElse(refused);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return providers.stream().anyMatch(provider -> provider.supports(authentication));
    }
}
