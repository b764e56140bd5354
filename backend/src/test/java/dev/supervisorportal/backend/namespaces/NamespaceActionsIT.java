package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;

import static dev.supervisorportal.backend.namespaces.NamespaceAction.EDIT_WORKLOADS;
import static dev.supervisorportal.backend.namespaces.NamespaceAction.MANAGE_PERMISSIONS;
import static dev.supervisorportal.backend.namespaces.NamespaceAction.REQUEST_QUOTA;
import static dev.supervisorportal.backend.namespaces.NamespaceAction.SEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The namespace's details say what the caller may do there, per role, and each answer is what the services then
 * enforce: an action listed passes {@link NamespaceService#require}, one not listed is refused.
 */
class NamespaceActionsIT extends IntegrationTest {

    private static final Msg TO_DO_IT = Msg.of("namespaces.to-manage-permissions");

    @Autowired
    NamespaceService namespaces;
    @Autowired
    TestNamespaces setup;

    String owner;
    String namespace;
    String team;

    @BeforeEach
    void namespaceOfOneOwner() {
        owner = setup.user("owner", Role.DEVOPS, null);
        namespace = setup.approvedNamespace(owner, 30_000, 98_304, 600);
        team = "team-" + TestNamespaces.shortId();
    }

    @Test
    void anonymousCallersAreRefused() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> namespaces.details(namespace)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anotherTeamSeesNoSuchNamespace() {
        setup.user("member", Role.DEVOPS, team);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.TEAM, team, PermissionRole.EDIT);
        String otherTeam = "other-" + TestNamespaces.shortId();
        SignedIn.as(setup.user("stranger", Role.DEVOPS, otherTeam), Role.DEVOPS);

        assertThatThrownBy(() -> namespaces.details(namespace)).isInstanceOf(NotFoundException.class)
                .hasMessage("No namespace named " + namespace + ".");
        for (NamespaceAction action : NamespaceAction.values()) {
            assertThatThrownBy(() -> namespaces.require(namespace, action, TO_DO_IT))
                    .as(action.name()).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void viewersMaySeeOnly() {
        String viewer = granted("viewer", PermissionRole.VIEW);

        assertAnswerIsEnforced(viewer, Role.DEVOPS, EnumSet.of(SEE));
    }

    @Test
    void editorsAndTheirTeamMayAlsoEditWorkloadsAndRequestQuota() {
        String editor = granted("editor", PermissionRole.EDIT);
        String teamMember = setup.user("member", Role.DEVOPS, team);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.TEAM, team, PermissionRole.EDIT);

        assertAnswerIsEnforced(editor, Role.DEVOPS, EnumSet.of(SEE, EDIT_WORKLOADS, REQUEST_QUOTA));
        assertAnswerIsEnforced(teamMember, Role.DEVOPS, EnumSet.of(SEE, EDIT_WORKLOADS, REQUEST_QUOTA));
    }

    @Test
    void ownersMayDoEverything() {
        assertAnswerIsEnforced(owner, Role.DEVOPS, EnumSet.allOf(NamespaceAction.class));
    }

    @Test
    void adminsMayDoEverythingWithoutARole() {
        String admin = setup.user("admin", Role.ADMIN, null);

        assertAnswerIsEnforced(admin, Role.ADMIN, EnumSet.allOf(NamespaceAction.class));
        assertThat(namespaces.details(namespace).yourRole()).isNull();
    }

    @Test
    void theAnswerFollowsARoleChange() {
        String editor = granted("editor", PermissionRole.EDIT);
        SignedIn.as(owner, Role.DEVOPS);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, editor, PermissionRole.OWNER);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, owner, PermissionRole.VIEW);

        assertAnswerIsEnforced(owner, Role.DEVOPS, EnumSet.of(SEE));
        assertAnswerIsEnforced(editor, Role.DEVOPS, EnumSet.allOf(NamespaceAction.class));
    }

    /** A new user, granted {@code role} by the owner. */
    private String granted(String prefix, PermissionRole role) {
        String user = setup.user(prefix, Role.DEVOPS, null);
        SignedIn.as(owner, Role.DEVOPS);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, user, role);
        return user;
    }

    private void assertAnswerIsEnforced(String user, Role role, Set<NamespaceAction> expected) {
        SignedIn.as(user, role);
        NamespaceDetails details = namespaces.details(namespace);

        assertThat(details.yourActions()).as("what %s may do", user).isEqualTo(expected);
        for (NamespaceAction action : NamespaceAction.values()) {
            assertThat(details.allows(action)).isEqualTo(expected.contains(action));
            if (expected.contains(action)) {
                assertThatCode(() -> namespaces.require(namespace, action, TO_DO_IT)).as(action.name())
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> namespaces.require(namespace, action, TO_DO_IT)).as(action.name())
                        .isInstanceOf(AccessDeniedException.class)
                        .hasMessageContaining("You need " + action.needs() + " permission in namespace " + namespace);
            }
        }
    }
}
