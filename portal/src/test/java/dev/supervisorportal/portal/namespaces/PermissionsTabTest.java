package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.Permission;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.SubjectType;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The permissions tab asks the backend, and shows its refusals where they belong. */
@ExtendWith(PortalUi.class)
class PermissionsTabTest {

    private static final Permission ALICE = new Permission(SubjectType.USER, "alice", PermissionRole.OWNER);
    private static final Set<NamespaceAction> OWNER = EnumSet.allOf(NamespaceAction.class);

    private final NamespaceService namespaces = mock(NamespaceService.class);
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void controlsFollowWhatTheBackendAllowsNotTheRole() {
        var tab = new PermissionsTab(namespaces, details(PermissionRole.OWNER, EnumSet.of(NamespaceAction.SEE)),
                changes::incrementAndGet);

        assertThat(tab.panel.grant.getParent()).isEmpty();
        assertThat(new PermissionsTab(namespaces, details(null, OWNER), changes::incrementAndGet).panel.grant
                .getParent()).isPresent();
    }

    @Test
    void aRefusedRoleChangeShowsWhyWithThePermissionsAsTheyAre() {
        when(namespaces.grant("team-a-dev", SubjectType.USER, "alice", PermissionRole.VIEW))
                .thenThrow(new ConflictException("subject", Msg.of("namespaces.last-owner", "team-a-dev")));
        when(namespaces.details("team-a-dev")).thenReturn(details(PermissionRole.OWNER, OWNER));
        var tab = new PermissionsTab(namespaces, details(PermissionRole.OWNER, OWNER), changes::incrementAndGet);

        tab.panel.roleChoice(ALICE).setValue(PermissionRole.VIEW);

        assertThat(tab.panel.banner.message()).contains("needs at least one owner");
        verify(namespaces).details("team-a-dev");
        assertThat(changes).hasValue(0);
    }

    @Test
    void anUnknownNameFromTheGrantFormIsShownAtTheField() {
        when(namespaces.grant("team-a-dev", SubjectType.USER, "carol", PermissionRole.VIEW))
                .thenThrow(new InvalidInputException("subject", Msg.of("namespaces.user-unknown", "carol")));
        var tab = new PermissionsTab(namespaces, details(PermissionRole.OWNER, OWNER), changes::incrementAndGet);
        PermissionsPanel form = tab.panel;

        form.subject.setValue("carol");
        form.grant.click();

        assertThat(tab.panel).as("the form keeps what was typed").isSameAs(form);
        assertThat(form.subject.isInvalid()).isTrue();
        assertThat(form.subject.getErrorMessage()).isEqualTo("There is no user named carol.");
        assertThat(changes).hasValue(0);
    }

    private static NamespaceDetails details(PermissionRole role, Set<NamespaceAction> actions) {
        return new NamespaceDetails("team-a-dev", new Limits(3_000, 4_096, 100), List.of(), List.of(ALICE), role,
                actions, Instant.EPOCH);
    }
}
