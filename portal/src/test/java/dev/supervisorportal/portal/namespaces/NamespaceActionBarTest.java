package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The namespace page offers the forms the backend says the user may use, whatever the user's role is called. */
@ExtendWith(PortalUi.class)
class NamespaceActionBarTest {

    @Test
    void whoMayOnlySeeReadsWhomToAsk() {
        var bar = new NamespaceActionBar(namespace(PermissionRole.VIEW, EnumSet.of(NamespaceAction.SEE)),
                Optional.empty());

        assertThat(buttons(bar)).isEmpty();
        assertThat(bar.getChildren()).singleElement().isInstanceOfSatisfying(Span.class, note -> assertThat(
                note.getText()).contains("ask an owner for EDIT permission"));
    }

    @Test
    void whoMayEditWorkloadsAndRequestQuotaGetsEveryForm() {
        var bar = new NamespaceActionBar(namespace(PermissionRole.EDIT, EnumSet.of(NamespaceAction.SEE,
                NamespaceAction.EDIT_WORKLOADS, NamespaceAction.REQUEST_QUOTA)), Optional.empty());

        assertThat(buttons(bar)).extracting(button -> button.getId().orElseThrow()).containsExactly("create-vm",
                "create-tkg-cluster", "create-pod", "import-yaml", "request-quota");
        assertThat(buttons(bar)).allMatch(Button::isEnabled);
    }

    @Test
    void anAdminWithoutARoleGetsWhatTheBackendAllows() {
        var bar = new NamespaceActionBar(namespace(null, EnumSet.allOf(NamespaceAction.class)), Optional.empty());

        assertThat(buttons(bar)).hasSize(5);
    }

    @Test
    void onlyAnAdminGetsEditLimitsAndDeleteNamespace() {
        List<String> asked = new ArrayList<>();
        NamespaceActionBar.AdminActions admin = new NamespaceActionBar.AdminActions() {
            @Override
            public void editLimits() {
                asked.add("edit");
            }

            @Override
            public void delete() {
                asked.add("delete");
            }
        };
        var asAdmin = new NamespaceActionBar(administrable(true), Optional.empty(), admin);
        var asOwner = new NamespaceActionBar(administrable(false), Optional.empty(), admin);

        assertThat(buttons(asAdmin)).extracting(button -> button.getId().orElseThrow())
                .endsWith("edit-limits", "delete-namespace");
        assertThat(buttons(asOwner)).extracting(button -> button.getId().orElseThrow())
                .doesNotContain("edit-limits", "delete-namespace");
        buttons(asAdmin).getLast().click();
        buttons(asAdmin).get(buttons(asAdmin).size() - 2).click();
        assertThat(asked).containsExactly("delete", "edit");
    }

    private static NamespaceDetails administrable(boolean admin) {
        return new NamespaceDetails("team-a-dev", new Limits(3_000, 4_096, 100), List.of(), List.of(),
                PermissionRole.OWNER, EnumSet.allOf(NamespaceAction.class), Instant.EPOCH, ObjectCountLimits.NONE,
                Map.of(), admin, 0);
    }

    @Test
    void theRoleAloneDecidesNothing() {
        var bar = new NamespaceActionBar(namespace(PermissionRole.OWNER, EnumSet.of(NamespaceAction.SEE,
                NamespaceAction.REQUEST_QUOTA)), Optional.empty());

        assertThat(buttons(bar)).extracting(button -> button.getId().orElseThrow()).containsExactly("request-quota");
    }

    @Test
    void podsAreOfferedDisabledWithTheReasonWhereTheSupervisorRunsNone() {
        var bar = new NamespaceActionBar(namespace(PermissionRole.EDIT, EnumSet.of(NamespaceAction.SEE,
                NamespaceAction.EDIT_WORKLOADS)), Optional.of("Only on a single-zone Supervisor."));

        assertThat(buttons(bar)).filteredOn(button -> button.getId().orElseThrow().equals("create-pod"))
                .singleElement().satisfies(pod -> {
                    assertThat(pod.isEnabled()).isFalse();
                    assertThat(pod.getTooltip().getText()).isEqualTo("Only on a single-zone Supervisor.");
                });
    }

    static NamespaceDetails namespace(PermissionRole role, Set<NamespaceAction> actions) {
        return new NamespaceDetails("team-a-dev", new Limits(3_000, 4_096, 100), List.of(), List.of(), role, actions,
                Instant.EPOCH);
    }

    private static List<Button> buttons(Component bar) {
        return bar.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
