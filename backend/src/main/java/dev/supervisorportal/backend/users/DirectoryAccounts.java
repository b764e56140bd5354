package dev.supervisorportal.backend.users;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.users.internal.Team;
import dev.supervisorportal.backend.users.internal.TeamRepository;
import dev.supervisorportal.backend.users.internal.UserAccount;
import dev.supervisorportal.backend.users.internal.UserAccountRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Objects;

/**
 * The portal accounts of people a directory (LDAP, Active Directory) or an OIDC provider signed in. The first sign-in
 * creates the account, without a password; each later one applies the person's current groups, so a group change
 * takes effect at the next sign-in. A name that belongs to an account of another source is refused rather than taken
 * over: a directory entry named {@code admin} must not become the local admin.
 */
@Service
@EnableConfigurationProperties(GroupMapping.class)
public class DirectoryAccounts {

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final GroupMapping mapping;

    DirectoryAccounts(UserAccountRepository users, TeamRepository teams, GroupMapping mapping) {
        this.users = users;
        this.teams = teams;
        this.mapping = mapping;
    }

    /** Called right after the directory or provider confirmed who signed in, before the session is made. */
    @Transactional
    public UserRef signedIn(String username, AccountSource source, Collection<String> groups) {
        Objects.requireNonNull(username, "username");
        if (source == AccountSource.LOCAL) {
            throw new IllegalArgumentException("Local accounts sign in with their password, not through a directory");
        }
        Role role = mapping.role(groups);
        Team team = mapping.team(groups)
                .map(name -> teams.findByName(name).orElseGet(() -> teams.save(new Team(name))))
                .orElse(null);
        UserAccount account = users.findByUsername(username)
                .orElseGet(() -> users.save(UserAccount.external(username, source, role, team)));
        if (account.getSource() != source) {
            throw new ConflictException("username", Msg.of("users.name-of-other-source", username, account.getSource()));
        }
        account.applyDirectory(role, team);
        return account.toRef();
    }

    /** What the mapping makes of these groups, for a sign-in's log line and for the tests. */
    public GroupMapping mapping() {
        return mapping;
    }
}
