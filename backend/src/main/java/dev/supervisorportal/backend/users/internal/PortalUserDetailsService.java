package dev.supervisorportal.backend.users.internal;

import dev.supervisorportal.backend.users.AccountSource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets Spring Security sign users in against the accounts table. Accounts of a directory or an identity provider have
 * no password here and answer as an unknown name does, so that the password form cannot sign them in.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    PortalUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .filter(found -> found.getSource() == AccountSource.LOCAL)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.getRole().authority())
                .build();
    }
}
