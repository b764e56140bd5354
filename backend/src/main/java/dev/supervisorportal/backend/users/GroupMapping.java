package dev.supervisorportal.backend.users;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a directory's or an identity provider's groups decide a person's portal role and team, as vSphere namespaces
 * grant roles to SSO groups: members of {@code admin-group} are admins; {@code team-groups} maps group names to portal
 * teams, and the first listed group the person is in gives the team. Group names compare without regard to case, as
 * Active Directory does.
 *
 * <pre>
 * portal.directory.admin-group=portal-admins
 * portal.directory.team-groups.devops-a=team-a
 * portal.directory.team-groups.devops-b=team-b
 * </pre>
 */
@ConfigurationProperties("portal.directory")
public record GroupMapping(String adminGroup, Map<String, String> teamGroups) {

    public GroupMapping {
        adminGroup = adminGroup == null || adminGroup.isBlank() ? "portal-admins" : adminGroup;
        teamGroups = teamGroups == null ? Map.of() : new LinkedHashMap<>(teamGroups);
    }

    public Role role(Collection<String> groups) {
        return groups.stream().anyMatch(adminGroup::equalsIgnoreCase) ? Role.ADMIN : Role.DEVOPS;
    }

    public Optional<String> team(Collection<String> groups) {
        return teamGroups.entrySet().stream()
                .filter(entry -> groups.stream().anyMatch(entry.getKey()::equalsIgnoreCase))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
