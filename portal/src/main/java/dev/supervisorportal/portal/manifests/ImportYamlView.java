package dev.supervisorportal.portal.manifests;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestObject;
import dev.supervisorportal.backend.manifests.ManifestResult;
import dev.supervisorportal.backend.manifests.ManifestService;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.namespaces.NamespaceFormPage;
import dev.supervisorportal.portal.namespaces.NamespacePages;
import dev.supervisorportal.portal.i18n.Texts;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.Collectors;
import dev.supervisorportal.portal.ui.Notices;

/** Where an editor of a namespace creates its workloads from a Kubernetes manifest, after previewing the plan. */
@Route("namespaces/:name/import")
@PermitAll
public class ImportYamlView extends NamespaceFormPage {

    private final ManifestService manifests;

    ImportYamlView(NamespaceService namespaces, ManifestService manifests) {
        super(namespaces, NamespaceAction.EDIT_WORKLOADS, Msg.of("manifests.to-create"),
                Texts.t("manifests.import.title"));
        this.manifests = manifests;
    }

    @Override
    protected String titleFor(NamespaceRef namespace) {
        return getTranslation("manifests.import.title-in", namespace.name());
    }

    @Override
    protected void show(NamespaceRef namespace) {
        String name = namespace.name();
        var form = new YamlImportForm(yaml -> manifests.apply(name, yaml, true),
                yaml -> manifests.apply(name, yaml, false));
        form.addCreatedListener(created -> {
            Notices.success(createdMessage(name, created));
            NamespacePages.returnTo(name, tabFor(created.objects()));
        });
        var intro = new Paragraph(getTranslation("manifests.import.intro"));
        intro.addClassName("section-note");
        add(NamespacePages.backLink(name), intro, NamespacePages.freeQuota(namespaces.details(name).zones()), form);
    }

    /** "Created TKG cluster dev (2 node VMs) and VM web-1 in team-a-apps. They are PENDING until …". */
    static String createdMessage(String namespace, ManifestResult created) {
        List<String> names = created.objects().stream().map(ImportYamlView::describe).toList();
        String listed = names.size() == 1 ? names.getFirst()
                : Texts.t("manifests.and", String.join(", ", names.subList(0, names.size() - 1)), names.getLast());
        return Texts.t(names.size() == 1 ? "manifests.created.one" : "manifests.created.many", listed, namespace);
    }

    private static String describe(ManifestObject object) {
        if (object.tkgCluster() != null) {
            return Texts.t("manifests.created.tkg-cluster", object.name(), object.tkgCluster().nodes().size());
        }
        return Texts.t(object.pod() != null ? "manifests.created.pod" : "manifests.created.vm", object.name());
    }

    /** The namespace tab that shows the first object created. */
    static String tabFor(List<ManifestObject> objects) {
        return objects.stream().findFirst().map(object -> object.tkgCluster() != null
                        ? NamespaceDetailView.TAB_TKG_CLUSTERS
                        : object.pod() != null ? NamespaceDetailView.TAB_PODS : NamespaceDetailView.TAB_VMS)
                .orElse(NamespaceDetailView.TAB_VMS);
    }
}
