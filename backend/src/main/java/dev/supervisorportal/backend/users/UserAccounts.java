package dev.supervisorportal.backend.users;

import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotAllowedException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.users.internal.Team;
import dev.supervisorportal.backend.users.internal.TeamRepository;
import dev.supervisorportal.backend.users.internal.UserAccount;
import dev.supervisorportal.backend.users.internal.UserAccountRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Users and teams: who is signed in, and creating accounts when the portal is set up. */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public UserRef current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new NotAllowedException(Msg.of("users.sign-in-first"));
        }
        return find(authentication.getName())
                .orElseThrow(() -> new NotAllowedException(Msg.of("users.unknown", authentication.getName())));
    }

    public Optional<UserRef> find(String username) {
        return users.findByUsername(username).map(UserAccount::toRef);
    }

    public UserRef require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException(Msg.of("users.not-found", username)));
    }

    /** User names by id, for showing who holds a permission. */
    public Map<Long, String> usernames(Collection<Long> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
    }

    /** Team names by id, for showing who holds a permission. */
    public Map<Long, String> teamNames(Collection<Long> ids) {
        return teams.findAllById(ids).stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }

    public Optional<Long> teamId(String teamName) {
        return teams.findByName(teamName).map(Team::getId);
    }

    /** The language the user chose for the portal, if any. */
    public Optional<Locale> language(String username) {
        return users.findByUsername(username).map(UserAccount::getLanguage).map(Locale::forLanguageTag);
    }

    /** Saves the signed-in user's language; only the portal's languages ({@link Messages#LANGUAGES}) are taken. */
    @Transactional
    public void chooseLanguage(Locale language) {
        if (!Messages.LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", Msg.of("users.language-unknown", language.toLanguageTag()));
        }
        UserAccount account = users.findByUsername(current().username()).orElseThrow();
        account.setLanguage(language.toLanguageTag());
    }

    public boolean anyAdminExists() {
        return users.existsByRole(Role.ADMIN);
    }

    /** Creates a user (and the team, when new). Used when the portal is set up, not by signed-in users. */
    @Transactional
    public UserRef create(String username, String rawPassword, Role role, String teamName) {
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalStateException("User " + username + " exists already.");
        }
        Team team = teamName == null ? null
                : teams.findByName(teamName).orElseGet(() -> teams.save(new Team(teamName)));
        return users.save(new UserAccount(username, passwordEncoder.encode(rawPassword), role, team)).toRef();
    }
}
