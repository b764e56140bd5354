package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.AddDatastoreCommand;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The add-datastore form on its own: HostRules' words at the fields, a good datastore sent, refusals shown. */
@ExtendWith(PortalUi.class)
class AddDatastoreFormTest {

    private final AddDatastoreForm form = new AddDatastoreForm(List.of("zone-a", "zone-b"));
    private final List<AddDatastoreCommand> sent = new ArrayList<>();

    AddDatastoreFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void aCompleteDatastoreIsSent() {
        form.zone.setValue("zone-b");
        form.name.setValue("nfs-01");
        form.capacityGib.setValue(2_048);

        form.submit.click();

        assertThat(sent).containsExactly(new AddDatastoreCommand("zone-b", "nfs-01", 2_048L));
    }

    @Test
    void badFieldsAreMarkedAndNothingIsSent() {
        form.name.setValue("-nfs-");
        form.capacityGib.setValue(0);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.zone.getErrorMessage()).isEqualTo("Choose the zone the datastore belongs to.");
        assertThat(form.name.getErrorMessage()).startsWith("'-nfs-' is no datastore name");
        assertThat(form.capacityGib.isInvalid()).isTrue();
    }

    @Test
    void aTakenNameIsShownAtTheNameAndClearingEmptiesTheFields() {
        assertThat(form.send(() -> {
            throw new ConflictException("name", Msg.of("inventory.datastore.name-taken", "nfs-01"));
        })).isEmpty();
        assertThat(form.name.getErrorMessage()).isEqualTo("A datastore named nfs-01 exists already.");

        form.name.setValue("nfs-02");
        form.clear();
        assertThat(form.name.getValue()).isEmpty();
        assertThat(form.name.isInvalid()).isFalse();
    }
}
