package dev.supervisorportal.backend;

import dev.supervisorportal.backend.users.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in for the calls that follow on this thread, as the login would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username, Role role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role.authority()));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
