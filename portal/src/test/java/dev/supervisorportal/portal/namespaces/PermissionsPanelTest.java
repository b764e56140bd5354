package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.Permission;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.SubjectType;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The permissions tab on its own: owners get the controls, which only fire events; refusals are shown. */
@ExtendWith(PortalUi.class)
class PermissionsPanelTest {


    private static final Permission ALICE = new Permission(SubjectType.USER, "alice", PermissionRole.OWNER);

    private final PermissionsPanel panel = new PermissionsPanel(List.of(ALICE), true);
    private final List<PermissionsPanel.GrantEvent> grants = new ArrayList<>();
    private final List<PermissionsPanel.RevokeEvent> revokes = new ArrayList<>();

    PermissionsPanelTest() {
        panel.addGrantListener(grants::add);
        panel.addRevokeListener(revokes::add);
    }

    @Test
    void theGrantFormSendsAUserOrATeamWithARole() {
        panel.subjectType.setValue(SubjectType.TEAM);
        panel.subject.setValue(" team-b ");
        panel.role.setValue(PermissionRole.EDIT);

        panel.grant.click();

        assertThat(grants).singleElement().satisfies(grant -> {
            assertThat(grant.subjectType()).isEqualTo(SubjectType.TEAM);
            assertThat(grant.subject()).isEqualTo("team-b");
            assertThat(grant.role()).isEqualTo(PermissionRole.EDIT);
            assertThat(grant.fromGrantForm()).isTrue();
        });
    }

    @Test
    void aGrantWithoutANameIsNotSent() {
        panel.grant.click();

        assertThat(grants).isEmpty();
        assertThat(panel.subject.isInvalid()).isTrue();
        assertThat(panel.subject.getErrorMessage()).isEqualTo("Enter the name of a user or a team.");
    }

    @Test
    void anUnknownNameIsShownAtTheNameField() {
        panel.subject.setValue("carol");
        panel.grant.click();

        panel.refused(grants.getFirst(), "subject", "There is no user named carol.");

        assertThat(panel.subject.getErrorMessage()).isEqualTo("There is no user named carol.");
        assertThat(panel.banner.isVisible()).isFalse();
    }

    @Test
    void changingARoleInTheListAsksForIt() {
        panel.roleChoice(ALICE).setValue(PermissionRole.VIEW);

        assertThat(grants).singleElement().satisfies(grant -> {
            assertThat(grant.subject()).isEqualTo("alice");
            assertThat(grant.role()).isEqualTo(PermissionRole.VIEW);
            assertThat(grant.fromGrantForm()).isFalse();
        });
        panel.refused(grants.getFirst(), "subject", "Namespace team-a-apps needs at least one owner; make someone "
                + "else owner first.");
        assertThat(panel.banner.message()).contains("needs at least one owner");
        assertThat(panel.subject.isInvalid()).isFalse();
    }

    @Test
    void removingAsksForIt() {
        panel.removeButton(ALICE).click();

        assertThat(revokes).extracting(PermissionsPanel.RevokeEvent::permission).containsExactly(ALICE);
    }

    @Test
    void viewersSeeTheRolesButNoControls() {
        var readOnly = new PermissionsPanel(List.of(ALICE), false);

        assertThat(readOnly.grant.getParent()).isEmpty();
        assertThat(readOnly.grid.getColumns()).hasSize(3);
    }
}
