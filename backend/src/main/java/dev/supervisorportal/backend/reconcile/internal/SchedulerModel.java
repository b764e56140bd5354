package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.ZoneHost;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.Reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The zone's hosts and workloads as scheduler-core sees them: one translation for the reconcile cycle and for the
 * what-if and explain answers, so that they weigh the same things.
 */
public final class SchedulerModel {

    /** How many hosts' refusals a reason names before it only counts the rest. */
    public static final int HOSTS_NAMED = 6;

    private SchedulerModel() {
    }

    /** The hosts with what the workloads on each ({@code onHost}: host id to workloads) use and their keys. */
    public static List<Host> hosts(String zone, Collection<ZoneHost> hosts, Map<Long, List<ZoneWorkload>> onHost) {
        List<Host> result = new ArrayList<>(hosts.size());
        for (ZoneHost host : hosts) {
            Limits used = Limits.NONE;
            Set<String> keys = new TreeSet<>();
            for (ZoneWorkload workload : onHost.getOrDefault(host.id(), List.of())) {
                used = used.plus(workload.demand());
                if (workload.antiAffinityKey() != null) {
                    keys.add(workload.antiAffinityKey());
                }
            }
            result.add(new Host(host.name(), zone, HostState.valueOf(host.state().name()),
                    new Resources(host.cpuMhz(), host.memoryMib(), host.storageGib()), resources(used), keys));
        }
        return result;
    }

    /** A workload to place under {@code name}, with its anti-affinity key if it has one. */
    public static Workload workload(String name, Limits demand, String antiAffinityKey) {
        Workload workload = Workload.of(name, resources(demand));
        return antiAffinityKey == null ? workload : workload.withAntiAffinity(antiAffinityKey);
    }

    /** {@code host} with {@code workload} counted on it, as a placement in a batch would count it. */
    public static Host withPlaced(Host host, Workload workload) {
        Set<String> keys = new TreeSet<>(host.antiAffinityKeys());
        workload.antiAffinityKey().ifPresent(keys::add);
        return host.withUse(host.used().plus(workload.demand()), keys);
    }

    /**
     * Each host's refusal, hosts with the same refusal together, at most {@link #HOSTS_NAMED} hosts named:
     * "esx-a-01: insufficient cpu: needs 8000 MHz, 2000 free; esx-a-02, esx-a-03: failed."
     */
    public static Msg describe(Map<String, Msg> reasons) {
        Map<Msg, List<String>> hostsByReason = new LinkedHashMap<>();
        reasons.forEach((host, reason) -> hostsByReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(host));
        List<Msg> parts = new ArrayList<>();
        int named = 0;
        long covered = 0;
        for (Map.Entry<Msg, List<String>> entry : hostsByReason.entrySet()) {
            if (named >= HOSTS_NAMED) {
                break;
            }
            List<String> all = entry.getValue();
            List<String> hosts = all.subList(0, Math.min(all.size(), HOSTS_NAMED - named));
            named += hosts.size();
            covered += all.size();
            String names = String.join(", ", hosts);
            parts.add(hosts.size() < all.size()
                    ? Msg.of("reconcile.refusals.hosts-and-more", names, all.size() - hosts.size(), entry.getKey())
                    : Msg.of("reconcile.refusals.hosts", names, entry.getKey()));
        }
        long rest = reasons.size() - covered;
        if (rest > 0) {
            parts.add(Msg.of("reconcile.refusals.more-hosts", rest));
        }
        return Msg.of("reconcile.refusals", Msg.joined("reconcile.refusals.list", parts));
    }

    /** scheduler-core's reason as a message of the portal's bundles (the keys are scheduler-core's). */
    public static Msg msg(Reason reason) {
        return new Msg(reason.key(), reason.args().stream()
                .map(arg -> arg instanceof Reason nested ? msg(nested) : arg).toList());
    }

    private static Resources resources(Limits limits) {
        return new Resources(limits.cpuMhz(), limits.memoryMib(), limits.storageGib());
    }
}
