package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneHost;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.Resource;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.reconcile.internal.SchedulerModel;
import dev.supervisorportal.backend.workloads.AdmissionPreview;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import dev.supervisorportal.backend.workloads.ZoneWorkloads;
import dev.supervisorportal.scheduler.Evaluation;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Placement questions answered without writing anything. What-if: would this VM, TKG cluster or pod fit the
 * namespace's quota (admission's own checks and zone choice, see {@link WorkloadService#previewVm}) and do the
 * hosts of that zone have room now (scheduler-core with the reconciler's policy)? Explain: why a workload waits,
 * or how the hosts score for one that is placed.
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional(readOnly = true)
public class WhatIfService {

    private static final Msg IT = Msg.of("reconcile.whatif.it");

    private final WorkloadService workloads;
    private final TkgClusterChanges clusterChanges;
    private final VmChangeService vmChanges;
    private final ZoneWorkloads zoneWorkloads;
    private final InventoryService inventory;
    private final ReconcileSettings settings;
    private final Scheduler scheduler = new Scheduler();

    WhatIfService(WorkloadService workloads, TkgClusterChanges clusterChanges, VmChangeService vmChanges,
                  ZoneWorkloads zoneWorkloads, InventoryService inventory, ReconcileSettings settings) {
        this.workloads = workloads;
        this.clusterChanges = clusterChanges;
        this.vmChanges = vmChanges;
        this.zoneWorkloads = zoneWorkloads;
        this.inventory = inventory;
        this.settings = settings;
    }

    /** Would this VM fit? Needs EDIT in the namespace, as creating it does. */
    public WhatIfAnswer whatIfVm(String namespace, CreateVmCommand command) {
        return answer(workloads.previewVm(namespace, command), IT);
    }

    /**
     * Would this VM fit at its new size? The difference against its zone's quota, and the hosts with the VM itself
     * not counted where it runs now (as the restart that applies the change finds them). Needs EDIT.
     */
    public WhatIfAnswer whatIfVmChange(String namespace, String name, ChangeVmCommand command) {
        AdmissionPreview preview = vmChanges.previewChange(namespace, name, command);
        ZoneRef zone = inventory.facts().zone(preview.workloads().getFirst().zone()).orElseThrow();
        Long self = zoneWorkloads.inZone(zone.id()).stream()
                .filter(w -> w.kind() == WorkloadKind.VM && namespace.equals(w.namespace()) && w.name().equals(name))
                .map(ZoneWorkload::id).findFirst().orElse(null);
        return answer(preview, IT, self);
    }

    /** Would this TKG cluster fit, node by node? Needs EDIT in the namespace. */
    public WhatIfAnswer whatIfTkgCluster(String namespace, CreateTkgClusterCommand command) {
        return answer(workloads.previewTkgCluster(namespace, command), Msg.of("reconcile.whatif.those-nodes"));
    }

    /**
     * Would this change of a TKG cluster fit? The nodes it adds and, for a roll, the one extra node the roll needs at
     * a time: quota after what the change frees, and a host now for each. Needs EDIT in the namespace.
     */
    public WhatIfAnswer whatIfTkgChange(String namespace, String cluster, ChangeTkgClusterCommand command) {
        AdmissionPreview preview = clusterChanges.preview(namespace, cluster, command);
        if (preview.workloads().isEmpty()) {
            Limits freed = preview.quota().stream().map(ZoneFit::demand).reduce(Limits.NONE, Limits::minus);
            return new WhatIfAnswer(true, true, freed.equals(Limits.NONE) ? Msg.of("reconcile.whatif.no-change")
                    : Msg.of("reconcile.whatif.frees", freed.text()), settings.policy().cliName(), preview.quota(),
                    List.of());
        }
        return answer(preview, Msg.of("reconcile.whatif.those-nodes"));
    }

    /** Would this vSphere Pod fit? Needs EDIT in the namespace. */
    public WhatIfAnswer whatIfPod(String namespace, CreatePodCommand command) {
        return answer(workloads.previewPod(namespace, command), IT);
    }

    /** Why a VM waits, or how the hosts score for it. Needs VIEW in the namespace. */
    public PlacementExplanation explainVm(String namespace, String name) {
        return explain(workloads.vm(namespace, name));
    }

    /** Why a vSphere Pod waits, or how the hosts score for it. Needs VIEW in the namespace. */
    public PlacementExplanation explainPod(String namespace, String name) {
        return explain(workloads.pod(namespace, name).workload());
    }

    /** Why a TKG cluster's node VM waits, or how the hosts score for it. Needs VIEW in the namespace. */
    public PlacementExplanation explainTkgNode(String namespace, String cluster, String node) {
        return explain(workloads.tkgCluster(namespace, cluster).nodes().stream()
                .filter(candidate -> candidate.name().equals(node)).findFirst()
                .orElseThrow(() -> new NotFoundException(Msg.of("reconcile.explain.no-such-node", cluster, node))));
    }

    private WhatIfAnswer answer(AdmissionPreview preview, Msg them) {
        return answer(preview, them, null);
    }

    private WhatIfAnswer answer(AdmissionPreview preview, Msg them, Long leaveOut) {
        Map<String, List<AdmissionPreview.PlannedWorkload>> byZone = preview.workloads().stream()
                .collect(Collectors.groupingBy(AdmissionPreview.PlannedWorkload::zone, TreeMap::new,
                        Collectors.toList()));
        Map<String, WhatIfAnswer.PlannedPlacement> byName = new LinkedHashMap<>();
        byZone.forEach((zone, planned) -> placeInZone(zone, planned, leaveOut).forEach(p -> byName.put(p.workload(), p)));
        List<WhatIfAnswer.PlannedPlacement> placements = preview.workloads().stream()
                .map(planned -> byName.get(planned.name())).toList();
        boolean hostsHaveRoom = placements.stream().allMatch(p -> p.host() != null);
        return new WhatIfAnswer(preview.fitsQuota(), hostsHaveRoom, verdict(preview, placements, them),
                settings.policy().cliName(), preview.quota(), placements);
    }

    /**
     * The zone's would-be workloads one after the other in scheduler-core's batch order, each counted on its host
     * before the next is decided (as a cycle's batch would), against the hosts as they are now.
     */
    private List<WhatIfAnswer.PlannedPlacement> placeInZone(String zone, List<AdmissionPreview.PlannedWorkload> planned,
                                                            Long leaveOut) {
        List<Host> hosts = new ArrayList<>(hostsNow(zone, leaveOut));
        Map<Workload, AdmissionPreview.PlannedWorkload> schedulable = new TreeMap<>(Scheduler.BATCH_ORDER);
        planned.forEach(p -> schedulable.put(SchedulerModel.workload(p.name(), p.demand(), p.antiAffinityKey()), p));
        List<WhatIfAnswer.PlannedPlacement> result = new ArrayList<>();
        schedulable.forEach((workload, p) -> {
            Evaluation evaluation = scheduler.evaluate(hosts, workload, settings.policy().score());
            List<HostScore> scores = scores(evaluation);
            HostScore best = scores.isEmpty() ? null : scores.getFirst();
            if (best != null) {
                hosts.replaceAll(host -> host.name().equals(best.host()) ? SchedulerModel.withPlaced(host, workload)
                        : host);
            }
            result.add(new WhatIfAnswer.PlannedPlacement(p.name(), p.role(), zone, p.demand(),
                    best == null ? null : best.host(), best == null ? null : best.score(), scores,
                    refusals(evaluation)));
        });
        return result;
    }

    private PlacementExplanation explain(WorkloadView view) {
        String policy = settings.policy().cliName();
        ZoneRef zone = inventory.facts().zone(view.zone()).orElseThrow();
        List<ZoneWorkload> inZone = zoneWorkloads.inZone(zone.id());
        ZoneWorkload self = inZone.stream()
                .filter(w -> w.kind() == view.kind() && Objects.equals(w.namespace(), view.namespace())
                        && w.name().equals(view.name()))
                .findFirst().orElse(null);
        if (self == null) {
            return new PlacementExplanation(view.kind(), view.namespace(), view.name(), view.zone(), view.status(),
                    view.host(), policy, Msg.of("reconcile.explain.being-deleted"), List.of(), List.of());
        }
        Evaluation evaluation = scheduler.evaluate(hosts(zone.name(), inZone, self.id()),
                SchedulerModel.workload(String.valueOf(self.id()), self.demand(), self.antiAffinityKey()),
                settings.policy().score());
        List<HostScore> scores = scores(evaluation);
        List<HostRefusal> refusals = refusals(evaluation);
        return new PlacementExplanation(view.kind(), view.namespace(), view.name(), view.zone(), view.status(),
                view.host(), policy, explanation(view, scores, refusals), scores, refusals);
    }

    private Msg explanation(WorkloadView view, List<HostScore> scores, List<HostRefusal> refusals) {
        String policy = settings.policy().cliName();
        if (view.status() == WorkloadStatus.PENDING || view.host() == null) {
            return scores.isEmpty()
                    ? Msg.of("reconcile.explain.waits", noHost(view.zone(), refusals))
                    : Msg.of("reconcile.explain.waits-for-cycle", scores.getFirst().host(), scores.getFirst().score(),
                    policy, view.zone());
        }
        HostScore own = scores.stream().filter(s -> s.host().equals(view.host())).findFirst().orElse(null);
        HostScore best = scores.isEmpty() ? null : scores.getFirst();
        Msg others = best == null || best.host().equals(view.host()) ? Msg.of("reconcile.explain.none-higher")
                : Msg.of("reconcile.explain.other-higher", best.host(), best.score());
        return own == null ? Msg.of("reconcile.explain.on-host-unfit", view.host(), others)
                : Msg.of("reconcile.explain.on-host-scores", view.host(), own.score(), policy, others);
    }

    /** The hosts of the zone as scheduler-core sees them now. */
    private List<Host> hostsNow(String zone, Long leaveOut) {
        ZoneRef ref = inventory.facts().zone(zone).orElseThrow();
        return hosts(zone, zoneWorkloads.inZone(ref.id()), leaveOut);
    }

    /** The zone's hosts with {@code inZone}'s placed workloads on them, {@code leaveOut} (a workload id) not counted. */
    private List<Host> hosts(String zone, List<ZoneWorkload> inZone, Long leaveOut) {
        Map<Long, List<ZoneWorkload>> onHost = inZone.stream()
                .filter(w -> w.hostId() != null && !Objects.equals(w.id(), leaveOut))
                .collect(Collectors.groupingBy(ZoneWorkload::hostId));
        List<ZoneHost> hosts = inventory.hostsIn(zone);
        return SchedulerModel.hosts(zone, hosts, onHost);
    }

    private static List<HostScore> scores(Evaluation evaluation) {
        return evaluation.scores().stream().map(s -> new HostScore(s.host(), s.score())).toList();
    }

    private static List<HostRefusal> refusals(Evaluation evaluation) {
        return evaluation.filtered().stream().map(r -> new HostRefusal(r.host(), SchedulerModel.msg(r.reason()))).toList();
    }

    private Msg verdict(AdmissionPreview preview, List<WhatIfAnswer.PlannedPlacement> placements, Msg them) {
        if (!preview.fitsQuota()) {
            return Msg.of("reconcile.whatif.does-not-fit", Msg.joined("reconcile.whatif.sentences", preview.quota().stream()
                    .flatMap(fit -> fit.shortfalls().stream()).<Object>map(ZoneFit.Shortfall::reason).toList()));
        }
        Msg quota = Msg.joined("reconcile.whatif.list", preview.quota().stream()
                .<Object>map(WhatIfService::quotaFree).toList());
        List<WhatIfAnswer.PlannedPlacement> homeless = placements.stream().filter(p -> p.host() == null).toList();
        if (homeless.isEmpty()) {
            return placements.size() == 1
                    ? Msg.of("reconcile.whatif.fits-host", quota, placements.getFirst().host())
                    : Msg.of("reconcile.whatif.fits-hosts", quota, placements.size(), placements.stream()
                    .map(WhatIfAnswer.PlannedPlacement::host).distinct().sorted().collect(Collectors.joining(", ")));
        }
        if (placements.size() == 1) {
            WhatIfAnswer.PlannedPlacement p = homeless.getFirst();
            return Msg.of("reconcile.whatif.no-host", quota, noHost(p.zone(), p.refusals()));
        }
        return Msg.of("reconcile.whatif.nodes-without-host", quota, homeless.size(), placements.size(),
                Msg.joined("reconcile.whatif.sentences", homeless.stream().<Object>map(p -> Msg.of(
                        "reconcile.whatif.node-refusals", p.workload(), p.zone(), refusals(p.zone(), p.refusals())))
                        .toList()), them);
    }

    private static Msg noHost(String zone, List<HostRefusal> refusals) {
        return Msg.of("reconcile.whatif.no-room", zone, refusals(zone, refusals));
    }

    /** Why the zone's hosts refuse; that it has none, when it has none (a zone without hosts refuses nothing). */
    private static Msg refusals(String zone, List<HostRefusal> refusals) {
        return refusals.isEmpty() ? Msg.of("reconcile.no-hosts", zone) : SchedulerModel.describe(reasons(refusals));
    }

    private static Map<String, Msg> reasons(List<HostRefusal> refusals) {
        Map<String, Msg> reasons = new LinkedHashMap<>();
        refusals.stream().sorted(Comparator.comparing(HostRefusal::host))
                .forEach(r -> reasons.put(r.host(), r.reason()));
        return reasons;
    }

    /** "zone-b quota (8,000 of 12,000 MHz free)": the CPU free before the demand, of the zone's share. */
    private static Msg quotaFree(ZoneFit fit) {
        return Msg.of("reconcile.whatif.quota-free", fit.zone(), Resource.CPU.of(fit.free()),
                Resource.CPU.of(fit.limit()));
    }

}
