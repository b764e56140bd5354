package dev.supervisorportal.portal.security;

import dev.supervisorportal.backend.users.DirectoryAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Sign-in through an OpenID Connect provider (authorization code flow), on whenever a client registration is
 * configured ({@code spring.security.oauth2.client.registration.<id>.*}, or the profile {@code oidc}). Spring
 * Security runs the flow at its own endpoints, {@code /oauth2/authorization/<id>} and
 * {@code /login/oauth2/code/<id>}; this adds the portal's account mapping and sends every failure back to the
 * sign-in page, which says why.
 */
@Component
@ConditionalOnOAuth2ClientRegistrationProperties
@EnableConfigurationProperties(SingleSignOnSettings.class)
public class SingleSignOn {

    /** Where a failed sign-in lands; the reason waits in the session, where Spring Security puts it. */
    static final String FAILED = "/login?sso-failed";

    private final String registrationId;
    private final SingleSignOnSettings settings;
    private final OidcUserService users = new OidcUserService();

    SingleSignOn(OAuth2ClientProperties clients, SingleSignOnSettings settings, DirectoryAccounts accounts) {
        Set<String> registrations = clients.getRegistration().keySet();
        if (registrations.size() != 1) {
            throw new IllegalStateException("Single sign-on takes one OpenID Connect client registration, not "
                    + registrations);
        }
        this.registrationId = registrations.iterator().next();
        this.settings = settings;
        users.setOidcUserConverter(new OidcAccounts(accounts, settings));
    }

    /** Adds the sign-in to the portal's filter chain, beside the password form of the same sign-in page. */
    void configure(HttpSecurity http) {
        http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler(FAILED)));
    }

    /** Where the button sends the browser: Spring Security's redirect to the provider, relative to the page. */
    public String signInPath() {
        return "oauth2/authorization/" + registrationId;
    }

    public SingleSignOnSettings settings() {
        return settings;
    }
}
