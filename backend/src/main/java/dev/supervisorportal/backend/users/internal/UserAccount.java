package dev.supervisorportal.backend.users.internal;

import dev.supervisorportal.backend.users.AccountSource;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserRef;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    private Team team;

    private String language;

    @Enumerated(EnumType.STRING)
    private AccountSource source;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, Team team) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.team = team;
        this.source = AccountSource.LOCAL;
    }

    /** The account of someone a directory or an identity provider vouches for: no password of ours. */
    public static UserAccount external(String username, AccountSource source, Role role, Team team) {
        UserAccount account = new UserAccount(username, null, role, team);
        account.source = source;
        return account;
    }

    /** The role and team the directory's groups give at this sign-in. */
    public void applyDirectory(Role role, Team team) {
        this.role = role;
        this.team = team;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** The bcrypt hash of a local account's password; {@code null} for a directory's or a provider's account. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountSource getSource() {
        return source;
    }

    public Role getRole() {
        return role;
    }

    /** The IETF tag of the language the user chose ({@code en}, {@code de}), or {@code null}. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public UserRef toRef() {
        return new UserRef(id, username, role, team == null ? null : team.getId(), team == null ? null : team.getName());
    }
}
