package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.portal.manifests.ImportYamlView;
import dev.supervisorportal.portal.workloads.CreatePodView;
import dev.supervisorportal.portal.workloads.CreateTkgClusterView;
import dev.supervisorportal.portal.workloads.CreateVmView;

import java.util.Optional;

/**
 * The namespace page's buttons to the forms, each shown when the backend says the user may take its action
 * ({@link NamespaceDetails#yourActions}); to anyone who may take none of them, a note on whom to ask.
 */
class NamespaceActionBar extends Div {

    /** What an admin may do to the namespace itself, which the page carries out in its dialogs. */
    interface AdminActions {
        void editLimits();

        void delete();
    }

    /** @param podRefusal why this Supervisor runs no vSphere Pods, when it does not */
    NamespaceActionBar(NamespaceDetails namespace, Optional<String> podRefusal) {
        this(namespace, podRefusal, null);
    }

    /**
     * @param podRefusal why this Supervisor runs no vSphere Pods, when it does not
     * @param admin      what the page does for an admin's "Edit limits" and "Delete namespace"; shown only to admins
     */
    NamespaceActionBar(NamespaceDetails namespace, Optional<String> podRefusal, AdminActions admin) {
        addClassName("action-bar");
        setId("namespace-actions");
        var params = new RouteParameters("name", namespace.name());
        if (namespace.allows(NamespaceAction.EDIT_WORKLOADS)) {
            var createVm = button("create-vm", "namespaces.action.create-vm", VaadinIcon.DESKTOP,
                    CreateVmView.class, params);
            createVm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var createCluster = button("create-tkg-cluster", "namespaces.action.create-tkg-cluster",
                    VaadinIcon.CLUSTER, CreateTkgClusterView.class, params);
            createCluster.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var createPod = button("create-pod", "namespaces.action.create-pod", VaadinIcon.CUBE,
                    CreatePodView.class, params);
            podRefusal.ifPresent(message -> {
                createPod.setEnabled(false);
                createPod.setTooltipText(message);
            });
            add(createVm, createCluster, createPod, button("import-yaml", "namespaces.action.import-yaml",
                    VaadinIcon.FILE_CODE, ImportYamlView.class, params));
        }
        if (namespace.allows(NamespaceAction.REQUEST_QUOTA)) {
            add(button("request-quota", "namespaces.action.request-quota", VaadinIcon.CHART_3D,
                    RequestQuotaView.class, params));
        }
        if (namespace.administrable() && admin != null) {
            var editLimits = new Button(getTranslation("namespaces.action.edit-limits"), VaadinIcon.SLIDERS.create(),
                    click -> admin.editLimits());
            editLimits.setId("edit-limits");
            var delete = new Button(getTranslation("namespaces.action.delete-namespace"), VaadinIcon.TRASH.create(),
                    click -> admin.delete());
            delete.setId("delete-namespace");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(editLimits, delete);
        }
        if (getChildren().findAny().isEmpty()) {
            var note = new Span(getTranslation("namespaces.detail.view-only"));
            note.addClassName("section-note");
            add(note);
        }
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Class<? extends Component> form,
                          RouteParameters params) {
        var button = new Button(getTranslation(labelKey), icon.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(form, params)));
        button.setId(id);
        return button;
    }
}
