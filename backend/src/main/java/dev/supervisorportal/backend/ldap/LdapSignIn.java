package dev.supervisorportal.backend.ldap;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.security.SignInRefusedException;
import dev.supervisorportal.backend.users.AccountSource;
import dev.supervisorportal.backend.users.DirectoryAccounts;
import dev.supervisorportal.backend.users.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/**
 * Signs people in whom the directory knows: the directory checks the password and names their groups, and
 * {@link DirectoryAccounts} makes or updates their portal account from those groups. The Authentication it answers
 * carries the portal's user name and the mapped role, as a local account's does, so the rest of the portal cannot
 * tell them apart. A directory that cannot be reached, or a name that belongs to a local account, is a refused
 * sign-in that says so ({@link SignInRefusedException}); unlike an internal error, it lets the other sign-in
 * providers still be asked.
 */
class LdapSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LdapSignIn.class);

    private final AuthenticationProvider directory;
    private final DirectoryAccounts accounts;

    LdapSignIn(AuthenticationProvider directory, DirectoryAccounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication vouched = askDirectory(attempt);
        if (vouched == null) {
            return null;
        }
        List<String> groups = vouched.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        UserRef account;
        try {
            account = accounts.signedIn(attempt.getName(), AccountSource.LDAP, groups);
        } catch (ConflictException clash) {
            throw new SignInRefusedException(clash.reason(), clash);
        }
        log.debug("{} signed in through the directory with groups {}: {}", account.username(), groups, account.role());
        var authorities = AuthorityUtils.createAuthorityList(account.role().authority());
        // No password: the directory keeps it, and nothing of the portal checks it again.
        User principal = new User(account.username(), "", authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private Authentication askDirectory(Authentication attempt) {
        try {
            return directory.authenticate(attempt);
        } catch (InternalAuthenticationServiceException outage) {
            log.warn("The directory could not be asked about {}: {}", attempt.getName(), outage.getMessage());
            throw new SignInRefusedException(Msg.of("ldap.directory-unavailable"), outage);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return directory.supports(authentication);
    }
}
