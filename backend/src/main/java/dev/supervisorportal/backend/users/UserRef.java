package dev.supervisorportal.backend.users;

/** A user as other features see one: who, which role, which team (may be {@code null}). */
public record UserRef(long id, String username, Role role, Long teamId, String teamName) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
