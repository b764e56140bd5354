package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.inventory.AddHostCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The add-host form on its own: it refuses bad fields with HostRules' words, sends good ones, shows refusals. */
@ExtendWith(PortalUi.class)
class AddHostFormTest {


    private final AddHostForm form = new AddHostForm(List.of("zone-a", "zone-b", "zone-c"));
    private final List<AddHostCommand> sent = new ArrayList<>();

    AddHostFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void aCompleteHostIsSentAsACommand() {
        fillIn("zone-b", "esx-b-05");

        form.submit.click();

        assertThat(sent).containsExactly(new AddHostCommand("zone-b", "esx-b-05", 64_000L, 524_288L, 8_000L));
    }

    @Test
    void badFieldsAreMarkedWithTheRulesWordsAndNothingIsSent() {
        form.name.setValue("ESX_05");
        form.cpuMhz.setValue(0);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.zone.getErrorMessage()).isEqualTo("Choose the zone the host joins.");
        assertThat(form.name.getErrorMessage()).startsWith("'ESX_05' is no host name");
        assertThat(form.cpuMhz.getErrorMessage()).isEqualTo("CPU capacity must be more than 0 MHz; it was 0.");
        assertThat(form.memoryMib.getErrorMessage()).isEqualTo("Memory capacity is required, in MiB.");
        assertThat(form.storageGib.isInvalid()).isTrue();
    }

    @Test
    void theBackendsRefusalsAreShownAtTheFieldsTheyName() {
        fillIn("zone-a", "esx-a-01");

        assertThat(form.send(() -> {
            throw new ConflictException("name", Msg.of("inventory.host.name-taken", "esx-a-01"));
        })).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("A host named esx-a-01 exists already.");

        form.send(() -> {
            throw new InvalidInputException("zone", Msg.of("inventory.zone.not-found", "zone-a"));
        });
        assertThat(form.zone.getErrorMessage()).isEqualTo("The Supervisor has no zone named zone-a.");
    }

    @Test
    void clearingKeepsTheZoneForTheNextHost() {
        fillIn("zone-c", "esx-c-09");

        form.clear();

        assertThat(form.zone.getValue()).isEqualTo("zone-c");
        assertThat(form.name.getValue()).isEmpty();
        assertThat(form.cpuMhz.getValue()).isNull();
    }

    private void fillIn(String zone, String name) {
        form.zone.setValue(zone);
        form.name.setValue(name);
        form.cpuMhz.setValue(64_000);
        form.memoryMib.setValue(524_288);
        form.storageGib.setValue(8_000);
    }
}
