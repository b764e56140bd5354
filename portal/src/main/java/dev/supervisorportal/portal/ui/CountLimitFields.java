package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.ObjectKind;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.supervisorportal.portal.i18n.Texts.t;

/**
 * The four count-limit fields a namespace's limits have (most VMs, TKG clusters, vSphere Pods, PVCs), each empty for
 * no limit; the forms that set limits (namespace request, quota request, approval, an admin's edit) add them.
 */
public final class CountLimitFields {

    private final Map<ObjectKind, IntegerField> fields = new EnumMap<>(ObjectKind.class);

    /** @param idPrefix the fields' ids start with it: {@code <prefix>-max-vms}, … */
    public CountLimitFields(String idPrefix) {
        for (ObjectKind kind : ObjectKind.values()) {
            String slug = kind.name().toLowerCase().replace('_', '-');
            var field = new IntegerField(t("ui.count-limit." + slug));
            field.setId(idPrefix + "-max-" + slug + "s");
            field.setHelperText(t("ui.count-limit.helper"));
            field.setSuffixComponent(new Span(t("ui.count-limit.unit")));
            field.setStepButtonsVisible(false);
            field.setMin(0);
            fields.put(kind, field);
        }
    }

    public IntegerField field(ObjectKind kind) {
        return fields.get(kind);
    }

    /** The fields in the kinds' order, to add to a form. */
    public List<IntegerField> all() {
        return List.copyOf(fields.values());
    }

    /** The fields by the name a refusal gives them ({@code maxVms}, …). */
    public Map<String, IntegerField> byName() {
        Map<String, IntegerField> byName = new LinkedHashMap<>();
        fields.forEach((kind, field) -> byName.put(kind.field(), field));
        return byName;
    }

    public void setValue(ObjectCountLimits limits) {
        fields.forEach((kind, field) -> {
            Long limit = limits == null ? null : limits.of(kind);
            field.setValue(limit == null ? null : Math.toIntExact(limit));
        });
    }

    /** What the fields say now; an empty field is no limit. */
    public ObjectCountLimits value() {
        return new ObjectCountLimits(value(ObjectKind.VM), value(ObjectKind.TKG_CLUSTER), value(ObjectKind.POD),
                value(ObjectKind.PVC));
    }

    private Long value(ObjectKind kind) {
        Integer value = fields.get(kind).getValue();
        return value == null ? null : value.longValue();
    }
}
