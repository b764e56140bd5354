package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.ui.Formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node pool of the TKG cluster form: a name, how many workers, their VM class, and a zone or none. */
class NodePoolRow extends RemovableRow {

    final TextField name = new TextField(getTranslation("workloads.pool.name"));
    final IntegerField replicas = new IntegerField(getTranslation("workloads.pool.workers"));
    final ComboBox<VmClassView> vmClass = new ComboBox<>(getTranslation("workloads.vm-class"));
    final Select<String> zone = new Select<>();

    NodePoolRow(List<VmClassView> vmClasses, List<String> zones) {
        super("pool-row", "workloads.pool.remove");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setPlaceholder("workers");
        replicas.setStepButtonsVisible(true);
        replicas.setValueChangeMode(ValueChangeMode.EAGER);
        replicas.setMin(0);
        replicas.setMax(WorkloadRules.MAX_REPLICAS);
        vmClass.setItems(vmClasses);
        vmClass.setItemLabelGenerator(Formats::vmClass);
        zone.setLabel(getTranslation("workloads.zone"));
        zone.setItems(zones);
        zone.setEmptySelectionAllowed(true);
        zone.setEmptySelectionCaption(zones.size() > 1 ? getTranslation("workloads.pool.zone.spread")
                : getTranslation("workloads.pool.zone.the-one"));
        validatedByTheForm(name, replicas, vmClass, zone);
        add(name, replicas, vmClass, zone, remove);
    }

    /** An existing pool of a cluster being changed: its name and zone stay, ids name the pool (pool-replicas-workers). */
    private String existing;

    NodePoolRow existing(String pool, int count, VmClassView poolClass, String poolZone) {
        existing = pool;
        name.setValue(pool);
        replicas.setValue(count);
        vmClass.setValue(poolClass);
        zone.setValue(poolZone);
        name.setReadOnly(true);
        zone.setReadOnly(true);
        name.setId("pool-name-" + pool);
        replicas.setId("pool-replicas-" + pool);
        vmClass.setId("pool-vm-class-" + pool);
        zone.setId("pool-zone-" + pool);
        remove.setId("pool-remove-" + pool);
        return this;
    }

    /** Gives the row's elements ids by its place in the list: pool-0-name, pool-0-replicas, … */
    void number(int index) {
        if (existing != null) {
            return;
        }
        name.setId("pool-" + index + "-name");
        replicas.setId("pool-" + index + "-replicas");
        vmClass.setId("pool-" + index + "-vm-class");
        zone.setId("pool-" + index + "-zone");
        remove.setId("pool-" + index + "-remove");
    }

    CreateTkgClusterCommand.NodePool pool() {
        return new CreateTkgClusterCommand.NodePool(name.getValue(), replicas.getValue(),
                vmClass.getValue() == null ? null : vmClass.getValue().name(), zone.getValue());
    }

    /** The row's fields by the path the rules and the backend name them with: nodePools[0].replicas. */
    Map<String, HasValidation> fields(int index) {
        String prefix = "nodePools[" + index + "].";
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(prefix + "name", name);
        fields.put(prefix + "replicas", replicas);
        fields.put(prefix + "vmClass", vmClass);
        fields.put(prefix + "zone", zone);
        return fields;
    }
}
