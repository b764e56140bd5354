package dev.supervisorportal.portal.security;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.users.AccountSource;
import dev.supervisorportal.backend.users.DirectoryAccounts;
import dev.supervisorportal.backend.users.UserRef;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserSource;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the person an OpenID Connect provider vouched for into the portal's principal: named by the user-name claim
 * (the rest of the portal finds the account by that name), with the authority of the role the groups claim maps to.
 * The account is made or updated by {@link DirectoryAccounts} on the way.
 */
class OidcAccounts implements Converter<OidcUserSource, OidcUser> {

    private final DirectoryAccounts accounts;
    private final SingleSignOnSettings settings;

    OidcAccounts(DirectoryAccounts accounts, SingleSignOnSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser convert(OidcUserSource source) {
        var idToken = source.getUserRequest().getIdToken();
        // The ID token's claims and the user-info endpoint's, as the provider sent them.
        var claims = new DefaultOidcUser(Set.of(), idToken, source.getUserInfo());
        String username = claims.getClaimAsString(settings.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new SignInRefused(Msg.of("sso.claim-missing", settings.usernameClaim()));
        }
        // A person in no group gets no claim from most providers: a DevOps engineer of no team.
        List<String> groups = Objects.requireNonNullElse(claims.getClaimAsStringList(settings.groupsClaim()), List.of());
        UserRef account;
        try {
            account = accounts.signedIn(username, AccountSource.OIDC, groups);
        } catch (ConflictException nameOfAnotherSource) {
            throw new SignInRefused(nameOfAnotherSource.reason());
        }
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(account.role().authority())), idToken,
                source.getUserInfo(), settings.usernameClaim());
    }
}
