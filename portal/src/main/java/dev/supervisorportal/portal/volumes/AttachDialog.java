package dev.supervisorportal.portal.volumes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.volumes.PvcView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.ErrorBanner;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Attaches a claim to a VM or vSphere Pod of its own zone, chosen from a list of those; refusals show in its banner. */
class AttachDialog extends Dialog {

    final Select<VolumesPanel.Target> target = new Select<>();
    final Button submit = new Button(getTranslation("volumes.attach.submit"));
    final ErrorBanner banner = new ErrorBanner("attach-pvc-error");

    AttachDialog(PvcView pvc, List<VolumesPanel.Target> targets, Function<VolumesPanel.Target, PvcView> attach,
                 Consumer<String> done) {
        setId("attach-pvc-dialog");
        setHeaderTitle(getTranslation("volumes.attach.title", pvc.name()));
        target.setId("attach-pvc-target");
        target.setLabel(getTranslation("volumes.attach.target", pvc.zone()));
        target.setItems(targets);
        target.setItemLabelGenerator(choice -> Texts.t("volumes.attached." + choice.kind().toLowerCase(),
                choice.name()));
        target.setEmptySelectionAllowed(false);
        if (!targets.isEmpty()) {
            target.setValue(targets.getFirst());
        }
        submit.setId("attach-pvc-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(!targets.isEmpty());
        submit.addClickListener(click -> {
            try {
                PvcView attached = attach.apply(target.getValue());
                close();
                done.accept(getTranslation("volumes.attached", attached.name(), VolumesPanel.attachedTo(attached)));
            } catch (InvalidInputException | ConflictException | NotFoundException refused) {
                banner.show(Texts.reason(refused));
            }
        });
        add(new Paragraph(getTranslation(targets.isEmpty() ? "volumes.attach.none" : "volumes.attach.note",
                pvc.zone())), banner, target);
        getFooter().add(new Button(getTranslation("volumes.cancel"), click -> close()), submit);
    }
}
