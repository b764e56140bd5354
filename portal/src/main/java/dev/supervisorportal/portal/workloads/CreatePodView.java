package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.namespaces.NamespacePages;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.PermitAll;

/** Where an editor of a namespace creates a vSphere Pod; on a three-zone Supervisor it says why it cannot. */
@Route("namespaces/:name/pods/new")
@PermitAll
public class CreatePodView extends CreateWorkloadPage {

    CreatePodView(NamespaceService namespaces, InventoryService inventory,
                  WorkloadService workloads, WhatIfService whatIf) {
        super(namespaces, inventory, workloads, whatIf, Msg.of("workloads.to-create-pods"),
                "workloads.pod.create.title", "workloads.pod.create.title-in");
    }

    @Override
    protected void show(NamespaceRef namespace) {
        var form = new PodForm(WorkloadRules.podTopologyProblem(inventory.facts()));
        form.setWhatIf(command -> whatIf.whatIfPod(namespace.name(), command));
        form.addSubmitListener(command -> form.send(() -> workloads.createPod(namespace.name(), command))
                .ifPresent(pod -> {
                    Notices.success(getTranslation("workloads.pod.created", pod.workload().name(),
                            Formats.limits(pod.workload().demand())));
                    NamespacePages.returnTo(namespace.name(), NamespaceDetailView.TAB_PODS);
                }));
        var intro = new Paragraph(getTranslation("workloads.pod.intro"));
        add(NamespacePages.backLink(namespace.name()), intro, form);
    }
}
