package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.users.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs a step of the demo's seeding as one of its people, signed in on this thread the way the login signs them in
 * (their name and their role's authority), so the services check, audit and attribute it as they would a click.
 */
final class SignedInAs {

    private SignedInAs() {
    }

    static <T> T run(String username, Role role, Supplier<T> step) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role.authority())));
        SecurityContextHolder.setContext(signedIn);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
