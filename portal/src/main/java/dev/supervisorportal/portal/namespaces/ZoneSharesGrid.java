package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.UsageBar;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/** Each zone's share of the namespace's limits and its use, as bars: "0 MHz used of 1,001 MHz · 1,001 MHz free". */
class ZoneSharesGrid extends Grid<ZoneShare> {

    private List<ZoneShare> shown = List.of();

    ZoneSharesGrid() {
        setId("zone-shares");
        addColumn(ZoneShare::zone).setHeader(getTranslation("namespaces.zone")).setWidth("7em").setFlexGrow(0);
        addComponentColumn(usage(Limits::cpuMhz, Formats::mhz)).setHeader(getTranslation("namespaces.cpu"))
                .setFlexGrow(2);
        addComponentColumn(usage(Limits::memoryMib, Formats::mib)).setHeader(getTranslation("namespaces.memory"))
                .setFlexGrow(2);
        addComponentColumn(usage(Limits::storageGib, Formats::gib)).setHeader(getTranslation("namespaces.storage"))
                .setFlexGrow(2);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** Shows the zones as they are now; leaves the grid alone when nothing changed. */
    void show(List<ZoneShare> zones) {
        if (!zones.equals(shown)) {
            shown = zones;
            setItems(zones);
        }
    }

    /** One resource of a zone's share: the bar of used against the share, with used, share and free. */
    static ValueProvider<ZoneShare, UsageBar> usage(ToLongFunction<Limits> resource, LongFunction<String> format) {
        return share -> {
            long limit = resource.applyAsLong(share.limit());
            long used = resource.applyAsLong(share.used());
            return new UsageBar(Texts.t("namespaces.detail.usage", format.apply(used), format.apply(limit),
                    format.apply(limit - used)), used, limit);
        };
    }
}
