package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.CatalogView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.portal.layout.HasViewTitle;
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.namespaces.NamespacePages;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** Where an editor of a namespace creates a VM. */
@Route("namespaces/:name/vms/new")
@PermitAll
public class CreateVmView extends Main implements BeforeEnterObserver, HasViewTitle, HasDynamicTitle {

    private final NamespaceService namespaces;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final WorkloadService workloads;
    private String title = "Create a VM";

    CreateVmView(NamespaceService namespaces, CatalogService catalog, InventoryService inventory,
                 WorkloadService workloads) {
        this.namespaces = namespaces;
        this.catalog = catalog;
        this.inventory = inventory;
        this.workloads = workloads;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = NamespacePages.namespaceName(event);
        NamespacePages.showOrRefuse(event, () -> show(namespaces.require(name, PermissionRole.EDIT, "to create VMs")));
    }

    private void show(NamespaceRef namespace) {
        removeAll();
        title = "Create a VM in " + namespace.name();
        CatalogView offered = catalog.catalog();
        SupervisorFacts facts = inventory.facts();
        List<VmClassView> vmClasses = NamespacePages.allowed(offered.vmClasses(), VmClassView::name,
                namespaces.allowed(namespace.id(), CatalogGrantKind.VM_CLASS));
        List<CatalogItemView> images = NamespacePages.allowed(offered.images(), CatalogItemView::name,
                namespaces.allowed(namespace.id(), CatalogGrantKind.IMAGE));
        List<CatalogItemView> storagePolicies = NamespacePages.allowed(offered.storagePolicies(), CatalogItemView::name,
                namespaces.allowed(namespace.id(), CatalogGrantKind.STORAGE_POLICY));
        var form = new VmForm(vmClasses, images, storagePolicies, facts.zoneNames(), facts.mhzPerVcpu());
        form.addSubmitListener(command -> form.send(() -> workloads.createVm(namespace.name(), command))
                .ifPresent(vm -> {
                    NamespacePages.success("VM " + vm.name() + " admitted into " + vm.zone() + ", reserving "
                            + Formats.limits(vm.demand()) + ". It is PENDING until the reconciler places it on a host.");
                    NamespacePages.returnTo(namespace.name(), NamespaceDetailView.TAB_VMS);
                }));
        var intro = new Paragraph("A VM of the VM Service, from an image of the content library, in the size of a "
                + "VM class.");
        add(NamespacePages.backLink(namespace.name()), intro,
                NamespacePages.freeQuota(namespaces.details(namespace.name()).zones()), form);
    }

    @Override
    public String viewTitle() {
        return title;
    }

    @Override
    public String getPageTitle() {
        return title + " · Supervisor Portal";
    }
}
