package dev.supervisorportal.e2e;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider for the single sign-on story: Spring Authorization Server in the test JVM, on
 * {@code 127.0.0.1} (the portals run on {@code localhost}, so the browser keeps the two sites' session cookies
 * apart), with one registered client and a few people whose ID tokens carry {@code preferred_username} and
 * {@code groups}, as Keycloak's do. Each person's password is their name.
 */
final class IdentityProvider {

    static final String CLIENT_ID = "supervisor-portal";
    static final String CLIENT_SECRET = "portal-secret";
    /** Who may sign in, with their groups. erin's tokens carry no user name, as from a provider set up wrongly. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "carol", List.of("staff", "devops-a"),
            "dana", List.of("portal-admins"),
            "alice", List.of("devops-a"),
            "erin", List.of("devops-a"));
    private static final String NAMELESS = "erin";

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private IdentityProvider(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /** Started on a free port; {@code redirectUris} are the portals' {@code /login/oauth2/code/<registration>}. */
    static IdentityProvider start(List<String> redirectUris) {
        int port = RunningPortal.freePort();
        String issuer = "http://127.0.0.1:" + port;
        var context = new SpringApplicationBuilder(Provider.class).run(
                "--spring.config.name=identity-provider",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                "--identity-provider.redirect-uris=" + String.join(",", redirectUris));
        return new IdentityProvider(context, issuer);
    }

    String issuer() {
        return issuer;
    }

    void stop() {
        context.close();
    }

    /** Boot's authorization server, its login form and its signing key as they come; the client and people here. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Provider {

        @Bean
        RegisteredClientRepository clients(@Value("${identity-provider.redirect-uris}") List<String> redirectUris) {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(redirectUris))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager(GROUPS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + name).roles("USER").build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim("groups", GROUPS.get(name));
                    if (!NAMELESS.equals(name)) {
                        context.getClaims().claim("preferred_username", name);
                    }
                }
            };
        }
    }
}
