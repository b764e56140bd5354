package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.portal.ui.UsageBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each zone's share as the shared usage bar, with used, share and free in the namespace page's words. */
@ExtendWith(PortalUi.class)
class ZoneSharesGridTest {

    @Test
    void aZoneShowsUsedShareAndFreePerResource() {
        var share = new ZoneShare("zone-a", new Limits(1_001, 4_096, 100), new Limits(250, 1_024, 0));

        assertThat(text(ZoneSharesGrid.usage(Limits::cpuMhz, Formats::mhz)
                .apply(share))).isEqualTo("250 MHz used of 1,001 MHz · 751 MHz free");
        assertThat(text(ZoneSharesGrid.usage(Limits::storageGib, Formats::gib)
                .apply(share))).isEqualTo("0 GiB used of 100 GiB · 100 GiB free");
    }

    @Test
    void aShareNinetyPercentUsedIsRed() {
        var full = new ZoneShare("zone-a", new Limits(1_000, 1_000, 10), new Limits(900, 894, 0));

        assertThat(red(ZoneSharesGrid.usage(Limits::cpuMhz, Formats::mhz).apply(full)))
                .isTrue();
        assertThat(red(ZoneSharesGrid.usage(Limits::memoryMib, Formats::mib)
                .apply(full))).isFalse();
        assertThat(red(ZoneSharesGrid.usage(Limits::storageGib, Formats::gib)
                .apply(full))).isFalse();
    }

    @Test
    void theSameZonesAgainLeaveTheGridAlone() {
        var grid = new ZoneSharesGrid();
        var zones = List.of(new ZoneShare("zone-a", new Limits(1, 1, 1), Limits.NONE));
        grid.show(zones);
        var items = grid.getDataProvider();

        grid.show(List.copyOf(zones));
        assertThat(grid.getDataProvider()).isSameAs(items);

        grid.show(List.of(new ZoneShare("zone-a", new Limits(1, 1, 1), new Limits(1, 0, 0))));
        assertThat(grid.getDataProvider()).isNotSameAs(items);
    }

    private static String text(UsageBar bar) {
        return bar.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElseThrow()
                .getText();
    }

    private static boolean red(Component bar) {
        return bar.getChildren().filter(ProgressBar.class::isInstance).map(ProgressBar.class::cast).findFirst()
                .orElseThrow().hasThemeName(ProgressBarVariant.LUMO_ERROR.getVariantName());
    }
}
