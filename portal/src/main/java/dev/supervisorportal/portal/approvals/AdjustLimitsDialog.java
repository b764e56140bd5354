package dev.supervisorportal.portal.approvals;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.CountLimitFields;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.FieldProblems;
import dev.supervisorportal.portal.ui.Formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Approve a namespace or quota request with other limits than asked for. */
class AdjustLimitsDialog extends Dialog {

    final IntegerField cpuMhz = limitField(getTranslation("approvals.adjust.cpu"), "MHz", "adjust-cpu");
    final IntegerField memoryMib = limitField(getTranslation("approvals.adjust.memory"), "MiB", "adjust-memory");
    final IntegerField storageGib = limitField(getTranslation("approvals.adjust.storage"), "GiB", "adjust-storage");
    final CountLimitFields counts = new CountLimitFields("adjust");
    final Button approve = new Button(getTranslation("approvals.adjust.approve"));
    final ErrorBanner banner = new ErrorBanner("adjust-error");
    final Select<String> policy = new Select<>();
    final IntegerField policyGib = limitField(getTranslation("approvals.adjust.policy-limit"), "GiB",
            "adjust-policy-limit");

    /** @param context what the admin should know besides what was asked for, or {@code null} */
    AdjustLimitsDialog(String headerTitle, String requestedBy, Limits requested, ObjectCountLimits requestedCounts,
                       String context, Decider decider) {
        setHeaderTitle(headerTitle);
        cpuMhz.setValue(Math.toIntExact(requested.cpuMhz()));
        memoryMib.setValue(Math.toIntExact(requested.memoryMib()));
        storageGib.setValue(Math.toIntExact(requested.storageGib()));
        counts.setValue(requestedCounts);
        add(new Paragraph(getTranslation("approvals.adjust.asked", requestedBy, Formats.limits(requested))),
                new Paragraph(getTranslation("approvals.adjust.asked-counts", Texts.of(requestedCounts.text()))));
        if (context != null) {
            add(new Paragraph(context));
        }
        var form = new FormLayout(cpuMhz, memoryMib, storageGib);
        counts.all().forEach(form::add);
        add(banner, form);
        approve.setId("approve-adjusted");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> decider.decide(this));
        getFooter().add(new Button(getTranslation("approvals.cancel"), click -> close()), approve);
        setWidth("40em");
    }

    /** Offers a storage limit of its own for one of these storage policies (optional; a namespace request only). */
    void offerPolicyLimit(List<String> policies) {
        policy.setId("adjust-policy");
        policy.setLabel(getTranslation("approvals.adjust.policy"));
        policy.setItems(policies);
        policy.setEmptySelectionAllowed(true);
        policy.setHelperText(getTranslation("approvals.adjust.policy-helper"));
        add(new FormLayout(policy, policyGib));
    }

    /** The storage limit per policy the admin gave, none when no policy or no limit is chosen. */
    Map<String, Long> policyLimits() {
        return policy.getValue() == null || policyGib.getValue() == null ? Map.of()
                : Map.of(policy.getValue(), policyGib.getValue().longValue());
    }

    Long value(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    void showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("cpuMhz", cpuMhz, "memoryMib", memoryMib,
                "storageGib", storageGib));
        fields.putAll(counts.byName());
        if (policy.getValue() != null) {
            fields.put("storagePolicyLimits." + policy.getValue(), policyGib);
        }
        FieldProblems.show(problems, fields, banner);
    }

    private static IntegerField limitField(String label, String unit, String id) {
        var field = new IntegerField(label);
        field.setId(id);
        field.setSuffixComponent(new Span(unit));
        return field;
    }

    @FunctionalInterface
    interface Decider {
        void decide(AdjustLimitsDialog dialog);
    }
}
