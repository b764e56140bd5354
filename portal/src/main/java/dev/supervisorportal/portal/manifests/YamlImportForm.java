package dev.supervisorportal.portal.manifests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestObject;
import dev.supervisorportal.backend.manifests.ManifestResult;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A manifest pasted or uploaded, previewed as the backend's dry run plans it (kind, name, zones, what it reserves,
 * the fields it will not honour), and created only as previewed: Create is enabled while the text is the one the
 * last successful preview planned. Refusals (document and field named by the backend) go to the banner; the view
 * gives the form the dry run and the apply, so the form itself knows no service.
 */
public class YamlImportForm extends Div {

    static final String PLACEHOLDER = """
            apiVersion: run.tanzu.vmware.com/v1alpha3
            kind: TanzuKubernetesCluster
            metadata:
              name: dev
            spec:
              topology:
                controlPlane:
                  replicas: 1
                  vmClass: best-effort-small
                  storageClass: vsan-default-storage-policy
                  tkr:
                    reference:
                      name: v1.30.1---vmware.1-fips.1-tkg.5
                nodePools:
                - name: workers
                  replicas: 2
                  vmClass: best-effort-small
            ---
            apiVersion: vmoperator.vmware.com/v1alpha3
            kind: VirtualMachine
            …""";
    private static final int MAX_FILE_BYTES = 1024 * 1024;

    public final TextArea yaml = new TextArea(getTranslation("manifests.form.manifest"));
    public final Upload upload;
    public final Button preview = new Button(getTranslation("manifests.form.preview"), VaadinIcon.EYE.create());
    public final Button create = new Button(getTranslation("manifests.form.create"), VaadinIcon.CHECK.create());
    public final ErrorBanner banner = new ErrorBanner("yaml-import-error");
    final Paragraph planSummary = new Paragraph();
    final Grid<ManifestObject> plan = new Grid<>();

    private final Function<String, ManifestResult> dryRun;
    private final Function<String, ManifestResult> apply;
    private final List<Consumer<ManifestResult>> createdListeners = new ArrayList<>();
    /** The text the last successful preview planned; Create applies only that. */
    private String previewed;

    public YamlImportForm(Function<String, ManifestResult> dryRun, Function<String, ManifestResult> apply) {
        this.dryRun = dryRun;
        this.apply = apply;
        addClassName("yaml-import");

        yaml.setId("yaml-text");
        yaml.addClassName("yaml-text");
        yaml.setPlaceholder(PLACEHOLDER);
        yaml.setHelperText(getTranslation("manifests.form.manifest.helper"));
        yaml.setWidthFull();
        // On change (leaving the field), not lazily: a lazy value could reach the server after a quick click on Preview.
        yaml.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        yaml.addValueChangeListener(change -> followText());

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> fillFrom(bytes)));
        upload.setId("yaml-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "application/x-yaml", "text/yaml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropLabel(new Span(getTranslation("manifests.form.drop")));
        var uploadButton = new Button(getTranslation("manifests.form.upload"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(uploadButton);
        // A finished upload asks the server once more, which brings the filled-in text to the browser.
        upload.getElement().addEventListener("upload-success", event -> { });
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("manifests.upload.too-many-files"))
                .setFileIsTooBig(getTranslation("manifests.upload.too-big"))
                .setIncorrectFileType(getTranslation("manifests.upload.wrong-type"))));
        upload.addFileRejectedListener(rejected -> banner.show(rejected.getErrorMessage()));

        preview.setId("yaml-preview");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(click -> preview());
        create.setId("yaml-create");
        create.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        create.setEnabled(false);
        create.setTooltipText(getTranslation("manifests.form.create.tooltip"));

        planSummary.setId("yaml-plan-summary");
        planSummary.addClassName("plan-summary");
        configurePlan();
        showPlan(null);

        var buttons = new Div(preview, create);
        buttons.addClassName("action-bar");
        // The plan comes before the buttons, so Create follows what it will create.
        add(banner, yaml, upload, planSummary, plan, buttons);
    }

    /** What an uploaded file says replaces the text, to be previewed like a paste. */
    void fillFrom(byte[] bytes) {
        banner.clear();
        yaml.setValue(new String(bytes, StandardCharsets.UTF_8));
    }

    void preview() {
        String text = yaml.getValue();
        send(() -> dryRun.apply(text)).ifPresentOrElse(result -> {
            previewed = text;
            showPlan(result);
        }, () -> {
            previewed = null;
            showPlan(null);
        });
        followText();
    }

    void create() {
        String text = yaml.getValue();
        if (!text.equals(previewed)) {
            banner.show(getTranslation("manifests.form.changed"));
            followText();
            return;
        }
        send(() -> apply.apply(text)).ifPresentOrElse(
                created -> createdListeners.forEach(listener -> listener.accept(created)),
                () -> {
                    // Something changed meanwhile (a name taken, quota used): what was previewed no longer holds.
                    previewed = null;
                    showPlan(null);
                    followText();
                });
    }

    public void addCreatedListener(Consumer<ManifestResult> listener) {
        createdListeners.add(listener);
    }

    private void followText() {
        create.setEnabled(previewed != null && previewed.equals(yaml.getValue()));
    }

    private <R> Optional<R> send(java.util.function.Supplier<R> call) {
        try {
            R result = call.get();
            banner.clear();
            return Optional.of(result);
        } catch (InvalidInputException | ConflictException refused) {
            banner.show(refused.problems().stream().map(YamlImportForm::line).toList());
        }
        return Optional.empty();
    }

    /** The backend's words, and the field it names when the words do not already say it. */
    static String line(FieldProblem problem) {
        String field = problem.field();
        String message = Texts.of(problem.message());
        boolean named = field == null || field.equals("manifest") || message.contains(field);
        return named ? message : message + " (" + field + ")";
    }

    private void configurePlan() {
        plan.setId("yaml-plan");
        plan.addColumn(ManifestObject::document).setHeader(getTranslation("manifests.plan.document"))
                .setAutoWidth(true).setFlexGrow(0);
        plan.addColumn(ManifestObject::kind).setHeader(getTranslation("manifests.plan.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        plan.addColumn(ManifestObject::name).setHeader(getTranslation("manifests.plan.name")).setAutoWidth(true)
                .setFlexGrow(0);
        plan.addColumn(object -> String.join(", ", object.zones())).setHeader(getTranslation("manifests.plan.zones"))
                .setAutoWidth(true).setFlexGrow(0);
        plan.addComponentColumn(object -> reserves(object.demand())).setHeader(getTranslation("manifests.plan.reserves"))
                .setAutoWidth(true).setFlexGrow(0);
        plan.addComponentColumn(YamlImportForm::ignored).setHeader(getTranslation("manifests.plan.ignored"))
                .setFlexGrow(1);
        plan.setAllRowsVisible(true);
        plan.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private void showPlan(ManifestResult result) {
        boolean shown = result != null && !result.objects().isEmpty();
        plan.setItems(shown ? result.objects() : List.of());
        plan.setVisible(shown);
        planSummary.setVisible(shown);
        if (shown) {
            Limits total = result.objects().stream().map(ManifestObject::demand).reduce(Limits.NONE, Limits::plus);
            int objects = result.objects().size();
            planSummary.setText(getTranslation("manifests.plan.summary", objects, Formats.limits(total)));
        }
    }

    static Div reserves(Limits demand) {
        var lines = new Div(new Div(Formats.mhz(demand.cpuMhz())), new Div(Formats.mib(demand.memoryMib())),
                new Div(Formats.gib(demand.storageGib())));
        lines.addClassName("reserves");
        return lines;
    }

    /** Each ignored field by its path, with why when the backend says; a badge saying it is not honoured. */
    static Div ignored(ManifestObject object) {
        var cell = new Div();
        cell.addClassName("ignored-fields");
        if (object.ignored().isEmpty()) {
            cell.add(new StatusBadge(Texts.t("manifests.plan.all-honoured"), StatusBadge.Tone.SUCCESS));
            return cell;
        }
        int count = object.ignored().size();
        cell.add(new StatusBadge(Texts.t("manifests.plan.not-honoured", count), StatusBadge.Tone.WARNING));
        for (Msg note : object.ignored()) {
            // "manifests.ignored" has the path; "manifests.ignored-because" the path and the reason.
            var line = new Div();
            line.addClassName("ignored-field");
            var path = new Span(String.valueOf(note.args().getFirst()));
            path.addClassName("field-path");
            line.add(path);
            if (note.args().size() > 1 && note.args().get(1) instanceof Msg reason) {
                line.add(new Span(" (" + Texts.of(reason) + ")"));
            }
            cell.add(line);
        }
        return cell;
    }
}
