package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.workloads.CreatePodCommand;

import java.util.LinkedHashMap;
import java.util.Map;

/** One container of the vSphere Pod form: a name, an image, and CPU and memory requests in Kubernetes quantities. */
class ContainerRow extends RemovableRow {

    final TextField name = new TextField(getTranslation("workloads.container.name"));
    final TextField image = new TextField(getTranslation("workloads.container.image"));
    final TextField cpu = new TextField(getTranslation("workloads.container.cpu"));
    final TextField memory = new TextField(getTranslation("workloads.container.memory"));

    ContainerRow() {
        super("container-row", "workloads.container.remove");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        image.setValueChangeMode(ValueChangeMode.EAGER);
        cpu.setValueChangeMode(ValueChangeMode.EAGER);
        memory.setValueChangeMode(ValueChangeMode.EAGER);
        image.setPlaceholder("nginx:1.27");
        cpu.setPlaceholder("250m");
        cpu.setHelperText(getTranslation("workloads.container.cpu.helper"));
        memory.setPlaceholder("512Mi");
        memory.setHelperText(getTranslation("workloads.container.memory.helper"));
        validatedByTheForm(name, image, cpu, memory);
        add(name, image, cpu, memory, remove);
    }

    /** Gives the row's elements ids by its place in the list: container-0-name, container-0-cpu, … */
    void number(int index) {
        name.setId("container-" + index + "-name");
        image.setId("container-" + index + "-image");
        cpu.setId("container-" + index + "-cpu");
        memory.setId("container-" + index + "-memory");
        remove.setId("container-" + index + "-remove");
    }

    CreatePodCommand.Container container() {
        return new CreatePodCommand.Container(name.getValue(), image.getValue(), cpu.getValue(), memory.getValue());
    }

    /** The row's fields by the path the rules and the backend name them with: containers[1].cpu. */
    Map<String, HasValidation> fields(int index) {
        String prefix = "containers[" + index + "].";
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(prefix + "name", name);
        fields.put(prefix + "image", image);
        fields.put(prefix + "cpu", cpu);
        fields.put(prefix + "memory", memory);
        return fields;
    }
}
