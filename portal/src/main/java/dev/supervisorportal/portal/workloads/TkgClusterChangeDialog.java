package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogView;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.portal.ui.Notices;

import java.util.List;

/**
 * Scales, adds or removes node pools, changes a pool's VM class or upgrades a TKG cluster: its
 * {@link TkgClusterChangeForm} with the what-if answer before the change is sent, and the backend's refusals
 * (a stale version, quota, a release that is no allowed upgrade) at the field or in the banner.
 */
public class TkgClusterChangeDialog extends Dialog {

    final TkgClusterChangeForm form;

    /** @param changed runs after the change was accepted (the page shows the cluster as it is now) */
    public TkgClusterChangeDialog(String namespace, TkgClusterView cluster, CatalogView catalog, List<String> zones,
                                  TkgClusterChanges changes, WhatIfService whatIf, Runnable changed) {
        setId("cluster-change-dialog");
        setHeaderTitle(getTranslation("workloads.tkg-change.title", cluster.name()));
        form = new TkgClusterChangeForm(cluster, catalog.kubernetesReleases().stream().map(CatalogItemView::name)
                .toList(), catalog.vmClasses(), zones);
        form.setWhatIf(command -> whatIf.whatIfTkgChange(namespace, cluster.name(), command));
        form.addSubmitListener(command -> form.send(() -> changes.change(namespace, cluster.name(), command))
                .ifPresent(now -> {
                    Notices.success(getTranslation("workloads.tkg-change.done", now.name()));
                    close();
                    changed.run();
                }));
        var cancel = new Button(getTranslation("workloads.tkg-change.cancel"), click -> close());
        cancel.setId("cluster-change-cancel");
        getFooter().add(cancel);
        add(form);
        setWidth("min(56rem, 95vw)");
    }
}
