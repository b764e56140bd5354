package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything admission checks before it asks the quota ledger: the request's fields, the catalog and what the
 * namespace may use of it, the zones, a name not yet taken. Creating and previewing both go through here, so a
 * preview refuses exactly what creating would.
 */
@Component
class AdmissionChecks {

    private final NamespaceService namespaces;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final TkgClusterRepository clusters;

    AdmissionChecks(NamespaceService namespaces, CatalogService catalog, InventoryService inventory,
                    WorkloadRepository workloads, TkgClusterRepository clusters) {
        this.namespaces = namespaces;
        this.catalog = catalog;
        this.inventory = inventory;
        this.workloads = workloads;
        this.clusters = clusters;
    }

    VmAdmission vm(NamespaceRef namespace, CreateVmCommand command) {
        throwIfAny(WorkloadRules.problems(command));
        SupervisorFacts facts = inventory.facts();
        VmClassView vmClass = requireVmClass(namespace, command.vmClass(), "vmClass");
        requireCatalogEntry(namespace, CatalogGrantKind.IMAGE, command.image(), "image");
        requireCatalogEntry(namespace, CatalogGrantKind.STORAGE_POLICY, command.storagePolicy(), "storagePolicy");
        String askedZone = AskedZone.of(command.zone());
        requireZone(facts, askedZone, "zone");
        if (workloads.existsByNamespaceIdAndKindAndName(namespace.id(), WorkloadKind.VM, command.name())) {
            throw new ConflictException("name", Msg.of("workloads.vm.name-taken", namespace.name(), command.name()));
        }
        return new VmAdmission(facts, vmClass, askedZone,
                WorkloadDemand.vm(vmClass, command.diskGib(), facts.mhzPerVcpu()));
    }

    TkgAdmission tkgCluster(NamespaceRef namespace, CreateTkgClusterCommand command) {
        throwIfAny(WorkloadRules.problems(command));
        SupervisorFacts facts = inventory.facts();
        if (!catalog.exists(CatalogKind.KUBERNETES_RELEASE, command.kubernetesRelease())) {
            throw new InvalidInputException("kubernetesRelease", Msg.of("workloads.kubernetes-release.unknown",
                    command.kubernetesRelease(), names(catalog.items(CatalogKind.KUBERNETES_RELEASE))));
        }
        VmClassView controlPlaneClass = requireVmClass(namespace, command.controlPlaneVmClass(), "controlPlaneVmClass");
        requireCatalogEntry(namespace, CatalogGrantKind.STORAGE_POLICY, command.storagePolicy(), "storagePolicy");
        List<CreateTkgClusterCommand.NodePool> pools = command.pools();
        Map<String, VmClassView> poolClasses = new TreeMap<>();
        for (int i = 0; i < pools.size(); i++) {
            poolClasses.put(pools.get(i).name(), requireVmClass(namespace, pools.get(i).vmClass(), "nodePools[" + i + "].vmClass"));
            requireZone(facts, pools.get(i).askedZone(), "nodePools[" + i + "].zone");
        }
        if (clusters.existsByNamespaceIdAndName(namespace.id(), command.name())) {
            throw new ConflictException("name", Msg.of("workloads.tkg-cluster.name-taken", namespace.name(),
                    command.name()));
        }
        return new TkgAdmission(command, facts, controlPlaneClass, poolClasses);
    }

    /**
     * A change of an existing cluster: its shape, an upgrade the rules allow (a newer catalog release, one minor
     * version at a time), the pools' VM classes and zones. Returns each asked pool's VM class by pool name.
     */
    Map<String, VmClassView> tkgChange(NamespaceRef namespace, String cluster, String currentRelease,
                                       ChangeTkgClusterCommand change) {
        throwIfAny(WorkloadRules.problems(change, cluster));
        String release = change.kubernetesRelease();
        if (release != null && !release.equals(currentRelease)) {
            List<String> releases = catalog.items(CatalogKind.KUBERNETES_RELEASE).stream()
                    .map(CatalogItemView::name).toList();
            if (!releases.contains(release)) {
                throw new InvalidInputException("kubernetesRelease", Msg.of("workloads.kubernetes-release.unknown",
                        release, String.join(", ", releases)));
            }
            KubernetesReleases.upgradeProblem(currentRelease, release, releases).ifPresent(problem -> {
                throw new InvalidInputException("kubernetesRelease", problem);
            });
        }
        SupervisorFacts facts = inventory.facts();
        Map<String, VmClassView> poolClasses = new TreeMap<>();
        List<CreateTkgClusterCommand.NodePool> pools = change.nodePools() == null ? List.of() : change.nodePools();
        for (int i = 0; i < pools.size(); i++) {
            poolClasses.put(pools.get(i).name(), requireVmClass(namespace, pools.get(i).vmClass(),
                    "nodePools[" + i + "].vmClass"));
            requireZone(facts, pools.get(i).askedZone(), "nodePools[" + i + "].zone");
        }
        return poolClasses;
    }

    PodAdmission pod(NamespaceRef namespace, CreatePodCommand command) {
        SupervisorFacts facts = inventory.facts();
        WorkloadRules.podTopologyProblem(facts).ifPresent(message -> {
            throw new ConflictException(null, message);
        });
        throwIfAny(WorkloadRules.problems(command));
        if (workloads.existsByNamespaceIdAndKindAndName(namespace.id(), WorkloadKind.POD, command.name())) {
            throw new ConflictException("name", Msg.of("workloads.pod.name-taken", namespace.name(),
                    command.name()));
        }
        // Pods run on a single-zone Supervisor only: its one zone.
        return new PodAdmission(facts, facts.zones().getFirst().name(),
                WorkloadDemand.pod(command.containers(), facts.mhzPerVcpu()));
    }

    /** A VM class a VM of the namespace may be changed to: in the catalog and granted to the namespace. */
    VmClassView vmClass(NamespaceRef namespace, String name, String field) {
        return requireVmClass(namespace, name, field);
    }

    private VmClassView requireVmClass(NamespaceRef namespace, String name, String field) {
        VmClassView vmClass = catalog.vmClass(name).orElseThrow(() -> new InvalidInputException(field,
                Msg.of("workloads.vm-class.unknown", name, catalog.catalog().vmClasses().stream()
                        .map(VmClassView::name).collect(Collectors.joining(", ")))));
        namespaces.requireAllowed(namespace, CatalogGrantKind.VM_CLASS, name, field);
        return vmClass;
    }

    private void requireCatalogEntry(NamespaceRef namespace, CatalogGrantKind kind, String name, String field) {
        CatalogKind catalogKind = kind == CatalogGrantKind.IMAGE ? CatalogKind.IMAGE : CatalogKind.STORAGE_POLICY;
        if (!catalog.exists(catalogKind, name)) {
            throw new InvalidInputException(field, Msg.of("workloads.catalog-entry.unknown", kind.text(), name,
                    names(catalog.items(catalogKind))));
        }
        namespaces.requireAllowed(namespace, kind, name, field);
    }

    private static void requireZone(SupervisorFacts facts, String zone, String field) {
        if (zone != null && facts.zone(zone).isEmpty()) {
            throw new InvalidInputException(field, Msg.of("workloads.zone.unknown", zone,
                    String.join(", ", facts.zoneNames())));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String names(List<CatalogItemView> items) {
        return items.stream().map(CatalogItemView::name).collect(Collectors.joining(", "));
    }
}
