package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.manifests.ManifestPaths;
import dev.supervisorportal.backend.manifests.ManifestService;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.reconcile.ReconcileEvents;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.volumes.VolumeService;
import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.events.EventsGrid;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.layout.HasViewTitle;
import dev.supervisorportal.portal.manifests.ManifestDialog;
import dev.supervisorportal.portal.ui.AccessibleTabs;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.StatCard;
import dev.supervisorportal.portal.workloads.PlacementDialog;
import dev.supervisorportal.portal.workloads.TkgClusterChangeDialog;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.portal.workloads.PodsPanel;
import dev.supervisorportal.portal.workloads.TkgClustersPanel;
import dev.supervisorportal.portal.workloads.VmActions;
import dev.supervisorportal.portal.workloads.VmsPanel;
import dev.supervisorportal.portal.volumes.VolumesPanel;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One namespace: its limits, their share and use per zone, and in tabs what runs in it (VMs, TKG clusters with
 * their nodes, vSphere Pods), its quota requests and who may do what. The controls follow what the backend says
 * the user may do there ({@link NamespaceDetails#yourActions}): editors get the buttons to create and delete
 * workloads and ask for quota, owners manage the permissions.
 */
@Route("namespaces/:name")
@PermitAll
public class NamespaceDetailView extends Main implements BeforeEnterObserver, HasViewTitle {

    public static final String TAB_PARAMETER = "tab";
    public static final String TAB_VMS = "vms";
    public static final String TAB_TKG_CLUSTERS = "tkg-clusters";
    public static final String TAB_PODS = "pods";
    public static final String TAB_VOLUMES = "volumes";
    public static final String TAB_QUOTA_REQUESTS = "quota-requests";
    public static final String TAB_PERMISSIONS = "permissions";
    public static final String TAB_EVENTS = "events";
    static final int EVENTS_SHOWN = 100;

    private final NamespaceService namespaces;
    private final WorkloadService workloads;
    private final WhatIfService whatIf;
    private final QuotaRequestService quotaRequests;
    private final InventoryService inventory;
    private final ReconcileEvents reconcileEvents;
    private final ManifestService manifests;
    private final TkgClusterChanges clusterChanges;
    private final VmChangeService vmChanges;
    private final VolumeService volumes;
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    /** The tabs the reconciler changes, refreshed after every change: their content holders, and what they show. */
    private final Map<String, Div> holders = new LinkedHashMap<>();
    private Workloads shownWorkloads;
    private ZoneSharesGrid zoneGrid;
    private ObjectCountCards objectCounts;
    private EventsGrid eventsGrid;
    private boolean mayEdit;
    private Optional<String> podRefusal = Optional.empty();
    private String name = "";
    private String title = Texts.t("namespaces.detail.title-unknown");

    NamespaceDetailView(NamespaceService namespaces, WorkloadService workloads, QuotaRequestService quotaRequests,
                        InventoryService inventory, ReconcileEvents reconcileEvents,
                        WhatIfService whatIf, ManifestService manifests, TkgClusterChanges clusterChanges,
                        VmChangeService vmChanges, VolumeService volumes) {
        this.clusterChanges = clusterChanges;
        this.vmChanges = vmChanges;
        this.volumes = volumes;
        this.reconcileEvents = reconcileEvents;
        this.manifests = manifests;
        this.whatIf = whatIf;
        this.namespaces = namespaces;
        this.workloads = workloads;
        this.quotaRequests = quotaRequests;
        this.inventory = inventory;
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
        mayEdit = namespace.allows(NamespaceAction.EDIT_WORKLOADS);
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
        objectCounts = new ObjectCountCards(namespace);
        add(cards, objectCounts,
                new NamespaceActionBar(namespace, podRefusal, new NamespaceAdminActions(namespaces, namespace,
                        () -> show(selectedTab))));

        var zonesNote = new Paragraph(namespace.zones().size() > 1
                ? getTranslation("namespaces.detail.zones-split", namespace.zones().size())
                : getTranslation("namespaces.detail.one-zone"));
        zoneGrid = new ZoneSharesGrid();
        zoneGrid.show(namespace.zones());
        add(new H2(getTranslation("namespaces.detail.quota-per-zone")), zonesNote, zoneGrid);

        List<QuotaRequestView> requests = quotaRequests.forNamespace(name);

        var sheet = AccessibleTabs.of(new TabSheet());
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
        var volumesPanel = VolumesPanel.of(volumes, namespaces, workloads, inventory, name, mayEdit,
                DangerConfirm::ask);
        addTab(sheet, TAB_VOLUMES, getTranslation("namespaces.tab.volumes"), volumesPanel.count(), volumesPanel);
        volumesPanel.onCountShown(count -> tabs.get(TAB_VOLUMES).setLabel(getTranslation("namespaces.tab.label",
                getTranslation("namespaces.tab.volumes"), count)));
        addTab(sheet, TAB_QUOTA_REQUESTS, getTranslation("namespaces.tab.quota-requests"), requests.size(),
                new QuotaRequestsPanel(requests, namespace.allows(NamespaceAction.REQUEST_QUOTA)));
        addTab(sheet, TAB_PERMISSIONS, getTranslation("namespaces.tab.permissions"), namespace.permissions().size(),
                new PermissionsTab(namespaces, namespace, () -> show(TAB_PERMISSIONS)));
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

    /** Shows each zone's share and use, and the object counts, as they are now; leaves alone what did not change. */
    private void refreshZones() {
        if (zoneGrid != null) {
            NamespaceDetails now = namespaces.details(name);
            zoneGrid.show(now.zones());
            var counts = new ObjectCountCards(now);
            if (!counts.shows(objectCounts)) {
                getElement().insertChild(getElement().indexOfChild(objectCounts.getElement()), counts.getElement());
                remove(objectCounts);
                objectCounts = counts;
            }
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
                    new VmsPanel(now.vms(), mayEdit ? new VmActions(name, vmChanges, whatIf, () -> namespaces
                            .usableCatalog(namespaces.require(name, NamespaceAction.EDIT_WORKLOADS,
                                    Msg.of("workloads.to-change-vms"))).vmClasses(), () -> show(TAB_VMS)) : null,
                            mayEdit, this::confirmDeleteVm,
                            vm -> new PlacementDialog(whatIf.explainVm(name, vm.name())).open(),
                            vm -> new ManifestDialog(getTranslation("namespaces.manifest.vm", vm.name()),
                                    manifests.vmManifest(name, vm.name()),
                                    ManifestPaths.vm(name, vm.name())).open()));
            replace(TAB_TKG_CLUSTERS, getTranslation("namespaces.tab.tkg-clusters"), now.clusters().size(),
                    new TkgClustersPanel(now.clusters(), mayEdit, this::confirmDeleteCluster,
                            node -> new PlacementDialog(whatIf.explainTkgNode(name, node.cluster(), node.name())).open(),
                            cluster -> new ManifestDialog(getTranslation("namespaces.manifest.tkg-cluster",
                                    cluster.name()), manifests.tkgClusterManifest(name, cluster.name()),
                                    ManifestPaths.tkgCluster(name, cluster.name())).open(),
                            this::changeCluster));
            replace(TAB_PODS, getTranslation("namespaces.tab.pods"), now.pods().size(),
                    new PodsPanel(now.pods(), mayEdit, podRefusal, this::confirmDeletePod,
                            pod -> new PlacementDialog(whatIf.explainPod(name, pod.workload().name())).open(),
                            pod -> new ManifestDialog(getTranslation("namespaces.manifest.pod", pod.workload().name()),
                                    manifests.podManifest(name, pod.workload().name()),
                                    ManifestPaths.pod(name, pod.workload().name())).open()));
        }
        eventsGrid.show(reconcileEvents.forNamespace(name, EVENTS_SHOWN));
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

    private void changeCluster(TkgClusterView cluster) {
        new TkgClusterChangeDialog(name, cluster, namespaces.usableCatalog(namespaces.require(name,
                NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-change-tkg-clusters"))),
                inventory.facts().zoneNames(), clusterChanges, whatIf, () -> show(TAB_TKG_CLUSTERS)).open();
    }

    private void confirmDeletePod(PodView pod) {
        confirm(getTranslation("namespaces.delete-pod.title", pod.workload().name()),
                getTranslation("namespaces.delete-pod.text"),
                getTranslation("namespaces.delete-pod.confirm"), () -> {
                    workloads.deletePod(name, pod.workload().name());
                    return getTranslation("namespaces.delete-pod.done", pod.workload().name());
                }, TAB_PODS);
    }

    /** Asks before a deletion; then runs it, says what happened and shows the page as it is now, on {@code tab}. */
    private void confirm(String header, String text, String confirmText, Supplier<String> action, String tab) {
        DangerConfirm.ask(header, text, confirmText, () -> {
            Notices.success(action.get());
            show(tab);
        });
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
