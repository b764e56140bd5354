package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.WorkloadDemand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.ui.CommandForm;
import dev.supervisorportal.portal.ui.Formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TKG cluster form: the control plane, and node pools as a list the user adds rows to and removes them from.
 * It checks each field with the backend's {@link WorkloadRules} (pool fields by their index, as the backend names
 * them: {@code nodePools[0].replicas}) and hands a valid command.
 */
public class TkgClusterForm extends CommandForm<CreateTkgClusterCommand> {

    final TextField name = new TextField(getTranslation("workloads.tkg.name"));
    final ComboBox<String> kubernetesRelease = new ComboBox<>(getTranslation("workloads.tkg.release"));
    final RadioButtonGroup<Integer> controlPlaneNodes = new RadioButtonGroup<>(getTranslation("workloads.tkg.control-plane"));
    final ComboBox<VmClassView> controlPlaneVmClass = new ComboBox<>(getTranslation("workloads.tkg.control-plane-class"));
    final ComboBox<String> storagePolicy = new ComboBox<>(getTranslation("workloads.storage-policy"));
    final List<NodePoolRow> pools = new ArrayList<>();
    final Button addPool = new Button(getTranslation("workloads.tkg.add-pool"), VaadinIcon.PLUS.create());
    final Span summary = new Span();
    final Button submit = new Button(getTranslation("workloads.tkg.create"));
    private final Div poolRows = new Div();
    private final List<VmClassView> vmClasses;
    private final List<String> zones;
    private final int mhzPerVcpu;

    public TkgClusterForm(List<CatalogItemView> releases, List<VmClassView> vmClasses,
                          List<CatalogItemView> storagePolicies, List<String> zones, int mhzPerVcpu) {
        super("tkg-form-error");
        this.vmClasses = vmClasses;
        this.zones = zones;
        this.mhzPerVcpu = mhzPerVcpu;
        addClassName("request-form");
        name.setId("tkg-name");
        name.setHelperText(getTranslation("workloads.tkg.name.helper"));
        name.setValueChangeMode(ValueChangeMode.EAGER);

        kubernetesRelease.setId("tkg-release");
        kubernetesRelease.setItems(releases.stream().map(CatalogItemView::name).toList());
        Map<String, String> releaseNames = new LinkedHashMap<>();
        releases.forEach(release -> releaseNames.put(release.name(),
                release.description() == null ? "" : release.description()));
        kubernetesRelease.setItemLabelGenerator(release -> releaseNames.getOrDefault(release, "").isBlank() ? release
                : release + " — " + releaseNames.get(release));

        controlPlaneNodes.setId("tkg-control-plane");
        controlPlaneNodes.setItems(1, 3);
        controlPlaneNodes.setItemLabelGenerator(nodes -> getTranslation(nodes == 1 ? "workloads.tkg.control-plane.one"
                : zones.size() == 3 ? "workloads.tkg.control-plane.ha-zones" : "workloads.tkg.control-plane.ha-hosts"));
        controlPlaneNodes.setValue(1);

        controlPlaneVmClass.setId("tkg-control-plane-class");
        controlPlaneVmClass.setItems(vmClasses);
        controlPlaneVmClass.setItemLabelGenerator(Formats::vmClass);

        storagePolicy.setId("tkg-storage-policy");
        storagePolicy.setItems(storagePolicies.stream().map(CatalogItemView::name).toList());
        storagePolicy.setHelperText(getTranslation("workloads.tkg.storage.helper", WorkloadDemand.TKG_NODE_DISK_GIB));

        name.setManualValidation(true);
        kubernetesRelease.setManualValidation(true);
        controlPlaneNodes.setManualValidation(true);
        controlPlaneVmClass.setManualValidation(true);
        storagePolicy.setManualValidation(true);
        watch(name);
        watch(kubernetesRelease);
        watch(controlPlaneNodes);
        watch(controlPlaneVmClass);
        watch(storagePolicy);

        poolRows.setId("node-pools");
        poolRows.addClassName("pool-rows");
        addPool.setId("add-node-pool");
        addPool.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addPool.addClickListener(click -> addPool());
        addPool().name.setValue("workers");

        summary.setId("tkg-summary");
        summary.addClassName("form-note");
        submit.setId("create-tkg-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var form = new FormLayout(name, kubernetesRelease, controlPlaneNodes, controlPlaneVmClass, storagePolicy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var poolsNote = new Span(getTranslation("workloads.tkg.pools.note"));
        poolsNote.addClassName("section-note");
        add(banner, form, new H3(getTranslation("workloads.tkg.pools")), poolsNote, poolRows, addPool, summary, whatIf, new HorizontalLayout(submit));
        updateSummary();
    }

    NodePoolRow addPool() {
        var row = new NodePoolRow(vmClasses, zones);
        pools.add(row);
        poolRows.add(row);
        row.remove.addClickListener(click -> removePool(row));
        watchPool(row);
        renumber();
        return row;
    }

    private void removePool(NodePoolRow row) {
        pools.remove(row);
        poolRows.remove(row);
        refreshWhatIf();
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < pools.size(); i++) {
            pools.get(i).number(i);
        }
        addPool.setEnabled(pools.size() < WorkloadRules.MAX_NODE_POOLS);
        addPool.setTooltipText(pools.size() < WorkloadRules.MAX_NODE_POOLS ? null
                : getTranslation("workloads.tkg.pools.at-most", WorkloadRules.MAX_NODE_POOLS));
        updateSummary();
    }

    /** What the fields say now, valid or not. */
    @Override
    protected CreateTkgClusterCommand command() {
        return new CreateTkgClusterCommand(name.getValue(), kubernetesRelease.getValue(), controlPlaneNodes.getValue(),
                controlPlaneVmClass.getValue() == null ? null : controlPlaneVmClass.getValue().name(),
                storagePolicy.getValue(), pools.stream().map(NodePoolRow::pool).toList());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kubernetesRelease", kubernetesRelease);
        fields.put("controlPlaneNodes", controlPlaneNodes);
        fields.put("controlPlaneVmClass", controlPlaneVmClass);
        fields.put("storagePolicy", storagePolicy);
        for (int i = 0; i < pools.size(); i++) {
            fields.putAll(pools.get(i).fields(i));
        }
        return fields;
    }

    private void watchPool(NodePoolRow row) {
        watch(row.name);
        watch(row.replicas);
        watch(row.vmClass);
        row.zone.addValueChangeListener(change -> refreshWhatIf());
    }

    /** Also keeps the summary of what the cluster reserves up to date. */
    @Override
    protected <F extends HasValue<?, ?> & HasValidation> void watch(F field) {
        super.watch(field);
        field.addValueChangeListener(change -> updateSummary());
    }

    /** How many node VMs the cluster becomes and, once the classes are chosen, what it reserves. */
    private void updateSummary() {
        int controlPlane = controlPlaneNodes.getValue() == null ? 0 : controlPlaneNodes.getValue();
        int workers = pools.stream().mapToInt(row -> row.replicas.getValue() == null ? 0 : Math.max(0, row.replicas.getValue())).sum();
        var text = new StringBuilder(getTranslation(controlPlane == 3 && zones.size() == 3
                ? "workloads.tkg.summary.per-zone" : "workloads.tkg.summary", controlPlane + workers, controlPlane,
                workers));
        boolean classesChosen = controlPlaneVmClass.getValue() != null
                && pools.stream().allMatch(row -> row.vmClass.getValue() != null || row.replicas.getValue() == null
                || row.replicas.getValue() == 0);
        if (classesChosen) {
            Limits total = demand(controlPlaneVmClass.getValue()).times(controlPlane);
            for (NodePoolRow row : pools) {
                if (row.vmClass.getValue() != null && row.replicas.getValue() != null && row.replicas.getValue() > 0) {
                    total = total.plus(demand(row.vmClass.getValue()).times(row.replicas.getValue()));
                }
            }
            text.append(' ').append(getTranslation("workloads.tkg.summary.reserves", Formats.limits(total)));
        }
        summary.setText(text.toString());
    }

    private Limits demand(VmClassView vmClass) {
        return WorkloadDemand.tkgNode(vmClass, mhzPerVcpu);
    }

    @Override
    protected List<FieldProblem> problems(CreateTkgClusterCommand command) {
        return WorkloadRules.problems(command);
    }
}
