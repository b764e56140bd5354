package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.supervisorportal.backend.reconcile.PlacementExplanation;
import dev.supervisorportal.portal.ui.StatusBadge;
import dev.supervisorportal.portal.i18n.Texts;

/** Why a workload waits or how the hosts score for it, as scheduler-core answers now. */
public class PlacementDialog extends Dialog {

    public PlacementDialog(PlacementExplanation explanation) {
        setHeaderTitle(getTranslation("workloads.placement.title", explanation.name()));
        addClassName("placement-explanation");
        var summary = new Paragraph(Texts.of(explanation.summary()));
        summary.setId("placement-summary");
        add(summary, new Paragraph(getTranslation("workloads.placement.facts", explanation.zone(),
                StatusBadge.workloadStatus(explanation.status()), explanation.policy())));
        if (!explanation.scores().isEmpty()) {
            var scores = new UnorderedList();
            scores.setId("placement-scores");
            explanation.scores().forEach(score -> scores.add(new ListItem(getTranslation(
                    score.host().equals(explanation.host()) ? "workloads.placement.score.own-host"
                            : "workloads.placement.score", score.host(), score.score()))));
            add(new H4(getTranslation("workloads.placement.scores")), scores);
        }
        if (!explanation.refusals().isEmpty()) {
            var refusals = new UnorderedList();
            refusals.setId("placement-refusals");
            explanation.refusals().forEach(refusal -> refusals.add(new ListItem(refusal.host() + ": "
                    + refusal.reason())));
            add(new H4(getTranslation("workloads.placement.refusals")), refusals);
        }
        getFooter().add(new Button(getTranslation("workloads.close"), click -> close()));
    }
}
