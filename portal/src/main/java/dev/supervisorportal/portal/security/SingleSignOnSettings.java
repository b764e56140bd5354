package dev.supervisorportal.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Optional;

/**
 * How the portal reads an OpenID Connect provider's tokens and names it on the sign-in page.
 *
 * @param usernameClaim the claim that holds the portal user name ({@code preferred_username}: the login name in
 *                      Keycloak, Okta and Entra ID, where {@code sub} is an opaque id)
 * @param groupsClaim   the claim that lists the person's groups, which {@code portal.directory.*} maps to the role and
 *                      team
 * @param displayName   the provider's name on the button ("Sign in with Keycloak"); none: "Sign in with single sign-on"
 */
@ConfigurationProperties("portal.oidc")
public record SingleSignOnSettings(String usernameClaim, String groupsClaim, String displayName) {

    public SingleSignOnSettings {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    }

    public Optional<String> providerName() {
        return Optional.ofNullable(displayName).filter(name -> !name.isBlank());
    }
}
