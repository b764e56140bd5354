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
        setHeaderTitle(what + " as YAML");
        setId("manifest-dialog");
        setWidth("min(52rem, 95vw)");
        text.setId("manifest-text");
        text.addClassName("yaml-text");
        text.setAriaLabel("Manifest of " + what);
        text.setValue(manifest);
        text.setReadOnly(true);
        text.setWidthFull();
        var note = new Paragraph("The same manifest from the API: GET " + apiPath);
        note.addClassName("section-note");
        add(text, note);
        var copy = new Button("Copy", VaadinIcon.COPY.create(), click -> getElement().executeJs(
                "return navigator.clipboard.writeText($0)", manifest).then(done -> Notification.show(
                "Copied the manifest of " + what + ".", 3000, Notification.Position.BOTTOM_START),
                refused -> Notification.show("The browser did not allow copying: select the text and press Ctrl+C.",
                        5000, Notification.Position.BOTTOM_START)));
        copy.setId("manifest-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button("Close", click -> close());
        getFooter().add(close, copy);
    }
}
