package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VIEW sees, EDIT also creates and deletes, OWNER also manages permissions; refused at the service. */
class NamespacePermissionsIT extends IntegrationTest {

    @Autowired
    NamespaceService namespaces;
    @Autowired
    WorkloadService workloads;
    @Autowired
    TestNamespaces setup;

    String owner;
    String editor;
    String viewer;
    String teamMember;
    String team;
    String namespace;

    @BeforeEach
    void namespaceWithOneUserPerRole() {
        setup.seedCatalog();
        team = "team-" + TestNamespaces.shortId();
        owner = setup.user("owner", Role.DEVOPS, null);
        editor = setup.user("editor", Role.DEVOPS, null);
        viewer = setup.user("viewer", Role.DEVOPS, null);
        teamMember = setup.user("member", Role.DEVOPS, team);
        namespace = setup.approvedNamespace(owner, 30_000, 98_304, 600);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, editor, PermissionRole.EDIT);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, viewer, PermissionRole.VIEW);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.TEAM, team, PermissionRole.EDIT);
    }

    @Test
    void viewersSeeButCannotCreateOrDelete() {
        SignedIn.as(editor, Role.DEVOPS);
        workloads.createVm(namespace, vm("web"));

        SignedIn.as(viewer, Role.DEVOPS);
        assertThat(workloads.vms(namespace)).hasSize(1);
        assertThatThrownBy(() -> workloads.createVm(namespace, vm("mine"))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("You need EDIT permission in namespace " + namespace + " to create VMs; you have VIEW.");
        assertThatThrownBy(() -> workloads.deleteVm(namespace, "web")).isInstanceOf(AccessDeniedException.class);
        assertThat(workloads.vms(namespace)).hasSize(1);
    }

    @Test
    void editorsAndTeamMembersCreateAndDeleteButCannotManagePermissions() {
        SignedIn.as(teamMember, Role.DEVOPS);
        workloads.createVm(namespace, vm("team-vm"));
        workloads.deleteVm(namespace, "team-vm");

        SignedIn.as(editor, Role.DEVOPS);
        assertThatThrownBy(() -> namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, viewer, PermissionRole.OWNER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You need OWNER permission in namespace " + namespace + " to manage its permissions; you have EDIT.");
        assertThatThrownBy(() -> namespaces.revoke(namespace, NamespaceDetails.SubjectType.USER, viewer))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void strangersAreRefusedEverything() {
        SignedIn.as(setup.user("stranger", Role.DEVOPS, null), Role.DEVOPS);

        assertThatThrownBy(() -> workloads.vms(namespace)).as("as if it did not exist")
                .isInstanceOf(NotFoundException.class).hasMessage("No namespace named " + namespace + ".");
        assertThatThrownBy(() -> workloads.createVm(namespace, vm("x"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void ownersManagePermissionsButNeverLeaveANamespaceWithoutOwner() {
        SignedIn.as(owner, Role.DEVOPS);
        NamespaceDetails details = namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, viewer, PermissionRole.EDIT);
        assertThat(details.permissions()).contains(
                new NamespaceDetails.Permission(NamespaceDetails.SubjectType.USER, viewer, PermissionRole.EDIT));

        assertThatThrownBy(() -> namespaces.revoke(namespace, NamespaceDetails.SubjectType.USER, owner))
                .isInstanceOf(ConflictException.class).hasMessageContaining("needs at least one owner");
        assertThatThrownBy(() -> namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, "nobody-here", PermissionRole.VIEW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("There is no user named nobody-here.");

        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, editor, PermissionRole.OWNER);
        namespaces.revoke(namespace, NamespaceDetails.SubjectType.USER, owner);
        assertThatThrownBy(() -> namespaces.details(namespace)).isInstanceOf(NotFoundException.class);
    }

    private static CreateVmCommand vm(String name) {
        return new CreateVmCommand(name, "best-effort-xsmall", IMAGE, STORAGE_POLICY, 10L, null);
    }
}
