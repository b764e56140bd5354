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
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.namespaces.NamespacePages;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.PermitAll;


/** Where an editor of a namespace creates a VM. */
@Route("namespaces/:name/vms/new")
@PermitAll
public class CreateVmView extends CreateWorkloadPage {

    CreateVmView(NamespaceService namespaces, InventoryService inventory,
                 WorkloadService workloads, WhatIfService whatIf) {
        super(namespaces, inventory, workloads, whatIf, Msg.of("workloads.to-create-vms"),
                "workloads.vm.create.title", "workloads.vm.create.title-in");
    }

    @Override
    protected void show(NamespaceRef namespace) {
        CatalogView usable = namespaces.usableCatalog(namespace);
        SupervisorFacts facts = inventory.facts();
        var form = new VmForm(usable.vmClasses(), usable.images(), usable.storagePolicies(), facts.zoneNames(),
                facts.mhzPerVcpu());
        form.setWhatIf(command -> whatIf.whatIfVm(namespace.name(), command));
        form.addSubmitListener(command -> form.send(() -> workloads.createVm(namespace.name(), command))
                .ifPresent(vm -> {
                    Notices.success(getTranslation("workloads.vm.created", vm.name(), vm.zone(),
                            Formats.limits(vm.demand())));
                    NamespacePages.returnTo(namespace.name(), NamespaceDetailView.TAB_VMS);
                }));
        var intro = new Paragraph(getTranslation("workloads.vm.intro"));
        add(NamespacePages.backLink(namespace.name()), intro,
                NamespacePages.freeQuota(namespaces.details(namespace.name()).zones()), form);
    }
}
