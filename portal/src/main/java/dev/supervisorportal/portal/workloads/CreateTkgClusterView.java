package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.catalog.CatalogView;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.namespaces.NamespacePages;
import jakarta.annotation.security.PermitAll;

import java.util.TreeSet;
import dev.supervisorportal.portal.ui.Notices;

/** Where an editor of a namespace creates a TKG cluster. */
@Route("namespaces/:name/tkg-clusters/new")
@PermitAll
public class CreateTkgClusterView extends CreateWorkloadPage {

    CreateTkgClusterView(NamespaceService namespaces, InventoryService inventory,
                         WorkloadService workloads, WhatIfService whatIf) {
        super(namespaces, inventory, workloads, whatIf, Msg.of("workloads.to-create-tkg-clusters"),
                "workloads.tkg.create.title", "workloads.tkg.create.title-in");
    }

    @Override
    protected void show(NamespaceRef namespace) {
        CatalogView usable = namespaces.usableCatalog(namespace);
        SupervisorFacts facts = inventory.facts();
        var form = new TkgClusterForm(usable.kubernetesReleases(), usable.vmClasses(), usable.storagePolicies(),
                facts.zoneNames(), facts.mhzPerVcpu());
        form.setWhatIf(command -> whatIf.whatIfTkgCluster(namespace.name(), command));
        form.addSubmitListener(command -> form.send(() -> workloads.createTkgCluster(namespace.name(), command))
                .ifPresent(cluster -> {
                    Notices.success(getTranslation("workloads.tkg.created", cluster.name(),
                            cluster.nodes().size(), String.join(", ", new TreeSet<>(cluster.nodes().stream()
                                    .map(WorkloadView::zone).toList()))));
                    NamespacePages.returnTo(namespace.name(), NamespaceDetailView.TAB_TKG_CLUSTERS);
                }));
        var intro = new Paragraph(getTranslation("workloads.tkg.intro"));
        add(NamespacePages.backLink(namespace.name()), intro,
                NamespacePages.freeQuota(namespaces.details(namespace.name()).zones()), form);
    }
}
