package dev.supervisorportal.portal.manifests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/** A workload as the manifest that creates it again, read-only, to copy into a repository or a pipeline. */
public class ManifestDialog extends Dialog {

    final TextArea text = new TextArea();

    /**
     * @param what    "TKG cluster dev"
     * @param apiPath where a pipeline reads the same manifest: "/api/v1/namespaces/team-a/tkg-clusters/dev/manifest"
     */
    public ManifestDialog(String what, String manifest, String apiPath) {
        setHeaderTitle(getTranslation("manifests.dialog.title", what));
        setId("manifest-dialog");
        setWidth("min(52rem, 95vw)");
        text.setId("manifest-text");
        text.addClassName("yaml-text");
        text.setAriaLabel(getTranslation("manifests.dialog.aria-label", what));
        text.setValue(manifest);
        text.setReadOnly(true);
        text.setWidthFull();
        var note = new Paragraph(getTranslation("manifests.dialog.api", apiPath));
        note.addClassName("section-note");
        add(text, note);
        String copied = getTranslation("manifests.dialog.copied", what);
        String notCopied = getTranslation("manifests.dialog.not-copied");
        var copy = new Button(getTranslation("manifests.dialog.copy"), VaadinIcon.COPY.create(),
                click -> getElement().executeJs("return navigator.clipboard.writeText($0)", manifest).then(
                        done -> Notification.show(copied, 3000, Notification.Position.BOTTOM_START),
                        refused -> Notification.show(notCopied, 5000, Notification.Position.BOTTOM_START)));
        copy.setId("manifest-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(getTranslation("manifests.dialog.close"), click -> close());
        getFooter().add(close, copy);
    }
}
