package dev.supervisorportal.portal.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.namespaces.NamespaceFormPage;

/**
 * A page where an editor of a namespace creates a workload ({@link CreateVmView}, {@link CreateTkgClusterView},
 * {@link CreatePodView}): the form asks the what-if service before it creates through the workload service.
 */
abstract class CreateWorkloadPage extends NamespaceFormPage {

    protected final InventoryService inventory;
    protected final WorkloadService workloads;
    protected final WhatIfService whatIf;
    private final String titleInKey;

    /**
     * @param toCreate   what the page is for, as the refusal says it: "to create VMs"
     * @param titleKey   the message key of the page's title until the namespace is known
     * @param titleInKey the message key of the title with the namespace's name: "Create a VM in {0}"
     */
    CreateWorkloadPage(NamespaceService namespaces, InventoryService inventory, WorkloadService workloads,
                       WhatIfService whatIf, Msg toCreate, String titleKey, String titleInKey) {
        super(namespaces, NamespaceAction.EDIT_WORKLOADS, toCreate, Texts.t(titleKey));
        this.inventory = inventory;
        this.workloads = workloads;
        this.whatIf = whatIf;
        this.titleInKey = titleInKey;
    }

    @Override
    protected String titleFor(NamespaceRef namespace) {
        return getTranslation(titleInKey, namespace.name());
    }
}
