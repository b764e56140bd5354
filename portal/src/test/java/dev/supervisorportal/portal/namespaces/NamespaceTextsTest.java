package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.portal.ui.BundleKeys;
import dev.supervisorportal.portal.ui.PortalUi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.Permission;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.SubjectType;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.quota.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles, request statuses and kinds of subject have words in both languages; a German user reads German. */
@ExtendWith(PortalUi.German.class)
class NamespaceTextsTest {


    @Test
    void everyRoleStatusAndSubjectTypeHasItsKey() {
        assertThat(BundleKeys.missing(Arrays.stream(PermissionRole.values())
                .map(role -> "namespaces.role." + role.name()))).isEmpty();
        assertThat(BundleKeys.missing(Arrays.stream(RequestStatus.values())
                .map(status -> "namespaces.request-status." + status.name()))).isEmpty();
        assertThat(BundleKeys.missing(Arrays.stream(SubjectType.values())
                .map(type -> "namespaces.subject-type." + type.name()))).isEmpty();
    }

    @Test
    void thePermissionsPanelSpeaksGermanAndRefusesAGrantWithoutANameInGerman() {
        var panel = new PermissionsPanel(List.of(new Permission(SubjectType.USER, "alice", PermissionRole.OWNER)), true);

        assertThat(panel.grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .startsWith("Benutzer oder Team", "Art", "Rolle");
        assertThat(panel.grant.getText()).isEqualTo("Erteilen");
        assertThat(panel.subject.getLabel()).isEqualTo("Name des Benutzers oder Teams");
        assertThat(panel.role.getItemLabelGenerator().apply(PermissionRole.EDIT)).isEqualTo("Kann bearbeiten");
        assertThat(panel.removeButton(panel.grid.getListDataView().getItem(0)).getText()).isEqualTo("Entfernen");

        panel.grant.click();

        assertThat(panel.subject.isInvalid()).isTrue();
        assertThat(panel.subject.getErrorMessage())
                .isEqualTo("Geben Sie den Namen eines Benutzers oder eines Teams ein.");
    }

    @Test
    void theQuotaRequestFormWritesNumbersTheGermanWay() {
        var form = new QuotaRequestForm(new Limits(36_000, 98_304, 600), new Limits(24_000, 45_056, 140), 3);

        assertThat(form.cpuMhz.getLabel()).isEqualTo("Neues CPU-Limit");
        assertThat(form.cpuMhz.getHelperText()).startsWith("Gleichmäßig auf die 3 Zonen des Supervisors aufgeteilt");
        assertThat(form.submit.getText()).isEqualTo("Antrag senden");
        assertThat(descendants(form).filter(component -> component.getElement().getClassList().contains("stat-context"))
                .map(component -> component.getElement().getText()))
                .contains("24.000 MHz belegt (67 %)", "45.056 MiB belegt (46 %)");
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(NamespaceTextsTest::descendants));
    }
}
