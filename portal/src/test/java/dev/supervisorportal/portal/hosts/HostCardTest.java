package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.portal.ui.PortalUi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.reconcile.HostUsage;
import dev.supervisorportal.backend.reconcile.ZoneOverview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A host card offers only the actions its state allows, and the failure dialog says what vSphere HA will do. */
@ExtendWith(PortalUi.class)
class HostCardTest {


    static final HostUsage.HostedWorkload WEB = new HostUsage.HostedWorkload("vm", "team-a", "web-1", "RUNNING", null);
    static final HostUsage.HostedWorkload CP = new HostUsage.HostedWorkload("supervisor-vm", null, "cp-1", "RUNNING", null);

    @ParameterizedTest
    @CsvSource({
            "READY, Enter maintenance|Mark failed|Events",
            "MAINTENANCE, Exit maintenance|Mark failed|Remove from inventory|Events",
            "FAILED, Recover|Events"})
    void eachStateOffersItsActionsAndEveryHostItsEvents(HostState state, String labels) {
        List<HostAction> clicked = new ArrayList<>();
        List<String> eventsOf = new ArrayList<>();
        var card = new HostCard(host("esx-a-01", state, List.of()), List.of(), (host, action) -> clicked.add(action),
                host -> eventsOf.add(host.name()));

        List<Button> buttons = descendants(card).filter(Button.class::isInstance).map(Button.class::cast).toList();

        assertThat(buttons).extracting(Button::getText).containsExactly(labels.split("\\|"));
        buttons.get(buttons.size() - 2).click();
        assertThat(clicked).containsExactly(HostAction.validFor(state).getLast());
        buttons.getLast().click();
        assertThat(eventsOf).containsExactly("esx-a-01");
    }

    @Test
    void aHostInMaintenanceIsRemovableOnlyOnceNothingRunsOnIt() {
        var busy = new HostCard(host("esx-a-02", HostState.MAINTENANCE, List.of(WEB)), List.of(), (host, action) -> { },
                host -> { });
        var empty = new HostCard(host("esx-a-03", HostState.MAINTENANCE, List.of()), List.of(), (host, action) -> { },
                host -> { });

        assertThat(removeButton(busy)).satisfies(remove -> {
            assertThat(remove.isEnabled()).isFalse();
            assertThat(remove.getTooltip().getText()).isEqualTo("1 workload is still on this host; it can be removed "
                    + "once DRS has moved them away.");
        });
        assertThat(removeButton(empty).isEnabled()).isTrue();
        assertThat(removeButton(empty).getId()).hasValue("remove-esx-a-03");
    }

    private static Button removeButton(HostCard card) {
        return descendants(card).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals("Remove from inventory")).findFirst().orElseThrow();
    }

    /**
     * WCAG 2.5.3, label in name: a button named by {@code aria-label} starts with its visible text, so that "click
     * Events" spoken to voice control finds it; each usage bar is named by the figures beside it.
     */
    @Test
    void eachButtonsAccessibleNameStartsWithItsLabelAndEachBarIsNamedByItsFigures() {
        var card = new HostCard(host("esx-a-01", HostState.READY, List.of(WEB)), List.of(), (host, action) -> { },
                host -> { });

        List<Button> buttons = descendants(card).filter(Button.class::isInstance).map(Button.class::cast).toList();
        assertThat(buttons).allSatisfy(button -> assertThat(button.getAriaLabel().orElse(button.getText()))
                .startsWith(button.getText()));
        assertThat(buttons.getLast().getAriaLabel())
                .hasValue("Events of esx-a-01: what the reconciler moved onto or off it");
        assertThat(descendants(card).filter(ProgressBar.class::isInstance)
                .map(bar -> bar.getElement().getAttribute("aria-label")))
                .containsExactly("CPU 4,000 MHz of 40,000 MHz · 10 %", "Memory 4,096 MiB of 262,144 MiB · 2 %");
    }

    @Test
    void theFailureDialogNamesTheWorkloadsAndWhereTheyGo() {
        HostUsage failing = host("esx-a-01", HostState.READY, List.of(WEB, CP));
        var zone = new ZoneOverview("zone-a", List.of(failing, host("esx-a-02", HostState.READY, List.of())), false,
                List.of());

        assertThat(HostsView.failureConsequences(failing, List.of(zone))).isEqualTo("This simulates an outage of the "
                + "ESXi host esx-a-01. vSphere HA restarts its 2 workloads (team-a/web-1, cp-1) on the other "
                + "READY hosts of zone-a within a reconcile cycle or two; one that fits on no host waits as PENDING, "
                + "with the reason, in zone-a. The host takes no workloads until you recover it.");
    }

    @Test
    void theFailureDialogWarnsWhenItIsTheZonesLastReadyHost() {
        HostUsage failing = host("esx-a-01", HostState.READY, List.of(WEB));
        var zone = new ZoneOverview("zone-a", List.of(failing, host("esx-a-02", HostState.FAILED, List.of())), false,
                List.of());

        assertThat(HostsView.failureConsequences(failing, List.of(zone))).contains("It is the last READY host of "
                + "zone-a: its workloads cannot restart until a host of zone-a is READY again.");
    }

    private static HostUsage host(String name, HostState state, List<HostUsage.HostedWorkload> workloads) {
        return new HostUsage(name, "zone-a", state, new Limits(40_000, 262_144, 4_000),
                new Limits(4_000 * workloads.size(), 4_096 * workloads.size(), 40), workloads, null);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(HostCardTest::descendants));
    }
}
