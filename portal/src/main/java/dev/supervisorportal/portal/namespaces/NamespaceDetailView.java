package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.manifests.ManifestService;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.reconcile.ReconcileEvents;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.portal.workloads.PlacementDialog;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.events.EventsGrid;
import dev.supervisorportal.portal.layout.HasViewTitle;
import dev.supervisorportal.portal.manifests.ImportYamlView;
import dev.supervisorportal.portal.manifests.ManifestDialog;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatCard;
import dev.supervisorportal.portal.workloads.CreatePodView;
import dev.supervisorportal.portal.workloads.CreateTkgClusterView;
import dev.supervisorportal.portal.workloads.CreateVmView;
import dev.supervisorportal.portal.workloads.PodsPanel;
import dev.supervisorportal.portal.workloads.TkgClustersPanel;
import dev.supervisorportal.portal.workloads.VmsPanel;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * One namespace: its limits, their share and use per zone, and in tabs what runs in it (VMs, TKG clusters with
 * their nodes, vSphere Pods), its quota requests and who may do what. Editors get the buttons to create workloads
 * and ask for quota; owners manage the permissions.
 */
@Route("namespaces/:name")
@PermitAll
public class NamespaceDetailView extends Main implements BeforeEnterObserver, HasViewTitle, HasDynamicTitle {

    public static final String TAB_PARAMETER = "tab";
    public static final String TAB_VMS = "vms";
    public static final String TAB_TKG_CLUSTERS = "tkg-clusters";
    public static final String TAB_PODS = "pods";
    public static final String TAB_QUOTA_REQUESTS = "quota-requests";
    public static final String TAB_PERMISSIONS = "permissions";
    public static final String TAB_EVENTS = "events";
    static final int EVENTS_SHOWN = 100;

    private final NamespaceService namespaces;
    private final WorkloadService workloads;
    private final WhatIfService whatIf;
    private final QuotaRequestService quotaRequests;
    private final InventoryService inventory;
    private final UserAccounts users;
    private final ReconcileEvents reconcileEvents;
    private final ManifestService manifests;
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    /** The tabs the reconciler changes, refreshed after every change: their content holders, and what they show. */
    private final Map<String, Div> holders = new LinkedHashMap<>();
    private Workloads shownWorkloads;
    private Grid<ZoneShare> zoneGrid;
    private List<ZoneShare> shownZones;
    private EventsGrid eventsGrid;
    private boolean mayEdit;
    private Optional<String> podRefusal = Optional.empty();
    private String name = "";
    private String title = Texts.t("namespaces.detail.title-unknown");

    NamespaceDetailView(NamespaceService namespaces, WorkloadService workloads, QuotaRequestService quotaRequests,
                        InventoryService inventory, UserAccounts users, ReconcileEvents reconcileEvents,
                        WhatIfService whatIf, ManifestService manifests) {
        this.reconcileEvents = reconcileEvents;
        this.manifests = manifests;
        this.whatIf = whatIf;
        this.namespaces = namespaces;
        this.workloads = workloads;
        this.quotaRequests = quotaRequests;
        this.inventory = inventory;
        this.users = users;
        addClassName("page");
        AutoRefresh.whileShown(this, this::refresh);
    }

    /** What the reconciler changes on this page: the workloads (host, status, why) and the events. */
    private record Workloads(List<WorkloadView> vms, List<TkgClusterView> clusters, List<PodView> pods) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        name = NamespacePages.namespaceName(event);
        String tab = event.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).orElse(TAB_VMS);
        NamespacePages.showOrRefuse(event, () -> show(tab));
    }

    private void show(String selectedTab) {
        NamespaceDetails namespace = namespaces.details(name);
        removeAll();
        tabs.clear();
        title = getTranslation("namespaces.detail.title", namespace.name());
        boolean admin = users.current().isAdmin();
        mayEdit = admin || atLeast(namespace.yourRole(), PermissionRole.EDIT);
        boolean mayManage = admin || atLeast(namespace.yourRole(), PermissionRole.OWNER);
        podRefusal = WorkloadRules.podTopologyProblem(inventory.facts()).map(Texts::of);

        var cards = new Div(
                new StatCard("cpu-limit", getTranslation("namespaces.cpu-limit"),
                        Formats.mhz(namespace.limits().cpuMhz())),
                new StatCard("memory-limit", getTranslation("namespaces.memory-limit"),
                        Formats.mib(namespace.limits().memoryMib())),
                new StatCard("storage-limit", getTranslation("namespaces.storage-limit"),
                        Formats.gib(namespace.limits().storageGib())),
                new StatCard("your-role", getTranslation("namespaces.your-role"),
                        PermissionsPanel.role(namespace.yourRole()), new Span(getTranslation(
                        "namespaces.detail.active-since", Formats.dateTime(namespace.createdAt())))));
        cards.addClassName("stat-cards");
        add(cards, actions(mayEdit, podRefusal));

        var zonesNote = new Paragraph(namespace.zones().size() > 1
                ? getTranslation("namespaces.detail.zones-split", namespace.zones().size())
                : getTranslation("namespaces.detail.one-zone"));
        zoneGrid = zoneGrid(namespace);
        shownZones = namespace.zones();
        add(new H2(getTranslation("namespaces.detail.quota-per-zone")), zonesNote, zoneGrid);

        List<QuotaRequestView> requests = quotaRequests.forNamespace(name);
        var permissions = new PermissionsPanel(namespace.permissions(), mayManage);
        permissions.addGrantListener(this::grant);
        permissions.addRevokeListener(this::confirmRevoke);

        var sheet = new TabSheet();
        sheet.setId("namespace-tabs");
        sheet.setWidthFull();
        holders.clear();
        shownWorkloads = null;
        for (String key : List.of(TAB_VMS, TAB_TKG_CLUSTERS, TAB_PODS)) {
            var holder = new Div();
            holders.put(key, holder);
            addTab(sheet, key, "", 0, holder);
        }
        eventsGrid = new EventsGrid("namespace-events", false);
        var eventsNote = new Paragraph(getTranslation("namespaces.detail.events-note"));
        eventsNote.addClassName("section-note");
        refreshWorkloads();
        addTab(sheet, TAB_QUOTA_REQUESTS, getTranslation("namespaces.tab.quota-requests"), requests.size(),
                new QuotaRequestsPanel(requests, mayEdit));
        addTab(sheet, TAB_PERMISSIONS, getTranslation("namespaces.tab.permissions"), namespace.permissions().size(),
                permissions);
        addTab(sheet, TAB_EVENTS, getTranslation("namespaces.tab.events"), 0, new Div(eventsNote, eventsGrid));
        tabs.get(TAB_EVENTS).setLabel(getTranslation("namespaces.tab.events"));
        sheet.setSelectedTab(tabs.getOrDefault(selectedTab, tabs.get(TAB_VMS)));
        sheet.addSelectedChangeListener(change -> rememberTab(change.getSelectedTab()));
        add(sheet);
    }

    /** On a change elsewhere: the zones' use, which another user's new workload changes, and the workloads. */
    private void refresh() {
        refreshZones();
        refreshWorkloads();
    }

    /** Shows each zone's share and use as they are now; leaves the grid alone when nothing changed. */
    private void refreshZones() {
        if (zoneGrid == null) {
            return;
        }
        List<ZoneShare> now = namespaces.details(name).zones();
        if (!now.equals(shownZones)) {
            shownZones = now;
            zoneGrid.setItems(now);
        }
    }

    /** Shows the workloads and events as they are now; leaves the tabs alone when nothing changed. */
    private void refreshWorkloads() {
        if (holders.isEmpty()) {
            return;
        }
        var now = new Workloads(workloads.vms(name), workloads.tkgClusters(name), workloads.pods(name));
        if (!now.equals(shownWorkloads)) {
            shownWorkloads = now;
            replace(TAB_VMS, getTranslation("namespaces.tab.vms"), now.vms().size(),
                    new VmsPanel(now.vms(), mayEdit, this::confirmDeleteVm,
                            vm -> new PlacementDialog(whatIf.explainVm(name, vm.name())).open(),
                            vm -> showManifest(getTranslation("namespaces.manifest.vm", vm.name()),
                                    manifests.vmManifest(name, vm.name()), "vms/" + vm.name())));
            replace(TAB_TKG_CLUSTERS, getTranslation("namespaces.tab.tkg-clusters"), now.clusters().size(),
                    new TkgClustersPanel(now.clusters(), mayEdit, this::confirmDeleteCluster,
                            node -> new PlacementDialog(whatIf.explainTkgNode(name, node.cluster(), node.name())).open(),
                            cluster -> showManifest(getTranslation("namespaces.manifest.tkg-cluster", cluster.name()),
                                    manifests.tkgClusterManifest(name, cluster.name()),
                                    "tkg-clusters/" + cluster.name())));
            replace(TAB_PODS, getTranslation("namespaces.tab.pods"), now.pods().size(),
                    new PodsPanel(now.pods(), mayEdit, podRefusal, this::confirmDeletePod,
                            pod -> new PlacementDialog(whatIf.explainPod(name, pod.workload().name())).open(),
                            pod -> showManifest(getTranslation("namespaces.manifest.pod", pod.workload().name()),
                                    manifests.podManifest(name, pod.workload().name()),
                                    "pods/" + pod.workload().name())));
        }
        eventsGrid.show(reconcileEvents.forNamespace(name, EVENTS_SHOWN));
    }

    private void showManifest(String what, String manifest, String apiPath) {
        new ManifestDialog(what, manifest, "/api/v1/namespaces/" + name + "/" + apiPath + "/manifest").open();
    }

    private void replace(String key, String label, int count, Component content) {
        Div holder = holders.get(key);
        holder.removeAll();
        holder.add(content);
        Tab tab = tabs.get(key);
        if (tab != null) {
            tab.setLabel(getTranslation("namespaces.tab.label", label, count));
        }
    }

    private static boolean atLeast(PermissionRole role, PermissionRole needed) {
        return role != null && role.compareTo(needed) >= 0;
    }

    private void addTab(TabSheet sheet, String key, String label, int count, Component content) {
        var tab = new Tab(getTranslation("namespaces.tab.label", label, count));
        tab.setId("tab-" + key);
        content.setId("panel-" + key);
        sheet.add(tab, content);
        tabs.put(key, tab);
    }

    /** Keeps the open tab in the address, so a reload or a bookmark comes back to it. */
    private void rememberTab(Tab selected) {
        tabs.forEach((key, tab) -> {
            if (tab == selected) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new Location("namespaces/" + name, QueryParameters.of(TAB_PARAMETER, key))));
            }
        });
    }

    private Component actions(boolean mayEdit, Optional<String> podRefusal) {
        var bar = new Div();
        bar.addClassName("action-bar");
        bar.setId("namespace-actions");
        if (!mayEdit) {
            var note = new Span(getTranslation("namespaces.detail.view-only"));
            note.addClassName("section-note");
            bar.add(note);
            return bar;
        }
        var params = new RouteParameters("name", name);
        var createVm = new Button(getTranslation("namespaces.action.create-vm"), VaadinIcon.DESKTOP.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CreateVmView.class, params)));
        createVm.setId("create-vm");
        createVm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var createCluster = new Button(getTranslation("namespaces.action.create-tkg-cluster"),
                VaadinIcon.CLUSTER.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CreateTkgClusterView.class, params)));
        createCluster.setId("create-tkg-cluster");
        createCluster.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var createPod = new Button(getTranslation("namespaces.action.create-pod"), VaadinIcon.CUBE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CreatePodView.class, params)));
        createPod.setId("create-pod");
        podRefusal.ifPresent(message -> {
            createPod.setEnabled(false);
            createPod.setTooltipText(message);
        });
        var importYaml = new Button(getTranslation("namespaces.action.import-yaml"), VaadinIcon.FILE_CODE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ImportYamlView.class, params)));
        importYaml.setId("import-yaml");
        var requestQuota = new Button(getTranslation("namespaces.action.request-quota"), VaadinIcon.CHART_3D.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RequestQuotaView.class, params)));
        requestQuota.setId("request-quota");
        bar.add(createVm, createCluster, createPod, importYaml, requestQuota);
        return bar;
    }

    private static Grid<ZoneShare> zoneGrid(NamespaceDetails namespace) {
        var grid = new Grid<ZoneShare>();
        grid.setId("zone-shares");
        grid.addColumn(ZoneShare::zone).setHeader(Texts.t("namespaces.zone")).setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(usage(share -> share.limit().cpuMhz(), share -> share.used().cpuMhz(), Formats::mhz))
                .setHeader(Texts.t("namespaces.cpu")).setFlexGrow(2);
        grid.addComponentColumn(usage(share -> share.limit().memoryMib(), share -> share.used().memoryMib(), Formats::mib))
                .setHeader(Texts.t("namespaces.memory")).setFlexGrow(2);
        grid.addComponentColumn(usage(share -> share.limit().storageGib(), share -> share.used().storageGib(), Formats::gib))
                .setHeader(Texts.t("namespaces.storage")).setFlexGrow(2);
        grid.setItems(namespace.zones());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** A bar of used against share, with the figures: "0 of 1,001 MHz used · 1,001 MHz free". */
    private static ValueProvider<ZoneShare, Component> usage(
            ToLongFunction<ZoneShare> limit, ToLongFunction<ZoneShare> used, Function<Long, String> format) {
        return share -> {
            long shareLimit = limit.applyAsLong(share);
            long shareUsed = used.applyAsLong(share);
            var bar = new ProgressBar(0, Math.max(1, shareLimit), Math.min(shareUsed, Math.max(1, shareLimit)));
            if (shareLimit > 0 && shareUsed * 10 >= shareLimit * 9) {
                bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
            }
            var text = new Span(Texts.t("namespaces.detail.usage", format.apply(shareUsed), format.apply(shareLimit),
                    format.apply(shareLimit - shareUsed)));
            bar.getElement().setAttribute("aria-label", text.getText());
            text.addClassName("usage-text");
            var cell = new Div(text, bar);
            cell.addClassName("usage");
            return cell;
        };
    }

    private void confirmDeleteVm(WorkloadView vm) {
        confirm(getTranslation("namespaces.delete-vm.title", vm.name()),
                getTranslation("namespaces.delete-vm.text", vm.zone(), Formats.limits(vm.demand())),
                getTranslation("namespaces.delete-vm.confirm"), () -> {
                    workloads.deleteVm(name, vm.name());
                    return getTranslation("namespaces.delete-vm.done", vm.name(), vm.zone());
                }, TAB_VMS);
    }

    private void confirmDeleteCluster(TkgClusterView cluster) {
        confirm(getTranslation("namespaces.delete-cluster.title", cluster.name()),
                getTranslation("namespaces.delete-cluster.text", cluster.nodes().size()),
                getTranslation("namespaces.delete-cluster.confirm"), () -> {
                    workloads.deleteTkgCluster(name, cluster.name());
                    return getTranslation("namespaces.delete-cluster.done", cluster.name(), cluster.nodes().size());
                }, TAB_TKG_CLUSTERS);
    }

    private void confirmDeletePod(PodView pod) {
        confirm(getTranslation("namespaces.delete-pod.title", pod.workload().name()),
                getTranslation("namespaces.delete-pod.text"),
                getTranslation("namespaces.delete-pod.confirm"), () -> {
                    workloads.deletePod(name, pod.workload().name());
                    return getTranslation("namespaces.delete-pod.done", pod.workload().name());
                }, TAB_PODS);
    }

    private void confirmRevoke(PermissionsPanel.RevokeEvent event) {
        NamespaceDetails.Permission permission = event.permission();
        confirm(getTranslation("namespaces.revoke.title", permission.subject()),
                getTranslation("namespaces.revoke.text", PermissionsPanel.subjectType(permission.subjectType()),
                        permission.subject(), PermissionsPanel.role(permission.role()), name),
                getTranslation("namespaces.revoke.confirm"), () -> {
                    try {
                        namespaces.revoke(name, permission.subjectType(), permission.subject());
                    } catch (ConflictException | InvalidInputException | NotFoundException refused) {
                        show(TAB_PERMISSIONS);
                        permissionsPanel().ifPresent(panel -> panel.banner.show(Texts.reason(refused)));
                        return null;
                    }
                    return getTranslation("namespaces.revoke.done", permission.subject());
                }, TAB_PERMISSIONS);
    }

    private void grant(PermissionsPanel.GrantEvent event) {
        try {
            namespaces.grant(name, event.subjectType(), event.subject(), event.role());
            Notices.success(getTranslation("namespaces.granted", event.subject(),
                    PermissionsPanel.role(event.role()), name));
            show(TAB_PERMISSIONS);
        } catch (InvalidInputException | ConflictException refusal) {
            FieldProblem first = refusal.problems().getFirst();
            refused(event, first.field(), Texts.of(first.message()));
        }
    }

    /** A refused grant form keeps what was typed; a refused role change shows the roles as they are again. */
    private void refused(PermissionsPanel.GrantEvent event, String field, String message) {
        if (event.fromGrantForm()) {
            event.getSource().refused(event, field, message);
        } else {
            show(TAB_PERMISSIONS);
            permissionsPanel().ifPresent(panel -> panel.banner.show(message));
        }
    }

    private Optional<PermissionsPanel> permissionsPanel() {
        return getChildren().filter(TabSheet.class::isInstance).map(TabSheet.class::cast).findFirst()
                .map(sheet -> sheet.getComponent(tabs.get(TAB_PERMISSIONS)))
                .filter(PermissionsPanel.class::isInstance).map(PermissionsPanel.class::cast);
    }

    /**
     * Asks before an action that cannot be undone; then runs it, says what happened (unless it returns
     * {@code null}, having said why not itself) and shows the page as it is now.
     */
    private void confirm(String header, String text, String confirmText, Supplier<String> action,
                         String tab) {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirmText);
        dialog.setCancelText(getTranslation("namespaces.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            String done = action.get();
            if (done != null) {
                Notices.success(done);
                show(tab);
            }
        });
        dialog.open();
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
