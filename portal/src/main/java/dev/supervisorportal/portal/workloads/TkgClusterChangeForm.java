package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.KubernetesReleases;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.ui.CommandForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The desired state of an existing TKG cluster: its release (the current one or an allowed upgrade: a newer one of
 * the catalog, the next minor version at most) and its node pools (replicas, VM class; pools added or removed).
 * Checked with the backend's {@link WorkloadRules} as the user types; the what-if says whether the new nodes, or a
 * roll's one extra node, fit.
 */
public class TkgClusterChangeForm extends CommandForm<ChangeTkgClusterCommand> {

    final Select<String> release = new Select<>();
    final List<NodePoolRow> pools = new ArrayList<>();
    final Button addPool = new Button(getTranslation("workloads.tkg.add-pool"), VaadinIcon.PLUS.create());
    final Button submit = new Button(getTranslation("workloads.tkg-change.submit"));
    private final Div poolRows = new Div();
    private final TkgClusterView cluster;
    private final List<VmClassView> vmClasses;
    private final List<String> zones;

    public TkgClusterChangeForm(TkgClusterView cluster, List<String> releases, List<VmClassView> vmClasses,
                                List<String> zones) {
        super("cluster-change-error");
        this.cluster = cluster;
        this.vmClasses = vmClasses;
        this.zones = zones;
        String current = cluster.kubernetesRelease();
        release.setId("cluster-release");
        // Wide enough for a TKr name such as "Upgrade to v1.30.1---vmware.1-fips.1-tkg.5" and its helper text.
        release.setWidth("min(100%, 36rem)");
        release.setLabel(getTranslation("workloads.tkg.release"));
        release.setItems(Stream.concat(Stream.of(current), KubernetesReleases.upgrades(current, releases).stream())
                .toList());
        release.setItemLabelGenerator(item -> item.equals(current)
                ? getTranslation("workloads.tkg-change.release.current", item)
                : getTranslation("workloads.tkg-change.release.upgrade", item));
        release.setValue(current);
        release.setHelperText(KubernetesReleases.upgrades(current, releases).isEmpty()
                ? getTranslation("workloads.tkg-change.release.no-upgrade")
                : getTranslation("workloads.tkg-change.release.helper"));
        release.addValueChangeListener(change -> refreshWhatIf());

        poolRows.setId("cluster-change-pools");
        poolRows.addClassName("pool-rows");
        cluster.nodePools().forEach(pool -> addRow().existing(pool.name(), pool.replicas(),
                vmClasses.stream().filter(vmClass -> vmClass.name().equals(pool.vmClass())).findFirst()
                        .orElse(null), pool.zone()));
        addPool.setId("cluster-add-pool");
        addPool.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPool.addClickListener(click -> addRow());

        submit.setId("cluster-change-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());
        var note = new Div(getTranslation("workloads.tkg-change.note"));
        note.addClassName("section-note");
        add(banner, release, new H3(getTranslation("workloads.tkg.pools")), note, poolRows, addPool, whatIf,
                new HorizontalLayout(submit));
    }

    NodePoolRow addRow() {
        var row = new NodePoolRow(vmClasses, zones);
        pools.add(row);
        poolRows.add(row);
        row.remove.addClickListener(click -> {
            pools.remove(row);
            poolRows.remove(row);
            renumber();
            refreshWhatIf();
        });
        watch(row.name);
        watch(row.replicas);
        watch(row.vmClass);
        row.zone.addValueChangeListener(change -> refreshWhatIf());
        renumber();
        return row;
    }

    private void renumber() {
        for (int i = 0; i < pools.size(); i++) {
            pools.get(i).number(i);
        }
        addPool.setEnabled(pools.size() < WorkloadRules.MAX_NODE_POOLS);
    }

    @Override
    protected ChangeTkgClusterCommand command() {
        return new ChangeTkgClusterCommand(release.getValue(), null, null, null,
                pools.stream().map(NodePoolRow::pool).toList(), cluster.version());
    }

    @Override
    protected List<FieldProblem> problems(ChangeTkgClusterCommand command) {
        return WorkloadRules.problems(command, cluster.name());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("kubernetesRelease", release);
        for (int i = 0; i < pools.size(); i++) {
            fields.putAll(pools.get(i).fields(i));
        }
        return fields;
    }
}
