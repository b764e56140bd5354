package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.ZoneHost;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.WorkloadChange;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import dev.supervisorportal.scheduler.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the order of events (workloads created and deleted, hosts failing, recovering, entering and leaving
 * maintenance, VMs powered off and on, restarted and resized, time passing), a cycle's decisions keep the rules: no
 * host over its capacity, nothing on a failed host, anti-affinity kept, every waiting workload with its reason, a
 * powered-off VM on no host, a restart carried out exactly once (its mark cleared by the cycle that did it), and a
 * second cycle at the same moment with nothing new to do decides nothing. 1,000 seeded random histories of 30 steps
 * each.
 */
class CyclePlannerPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomHistoryNeverBreaksTheRules(long seed) {
        Random random = new Random(seed);
        ReconcileSettings settings = new ReconcileSettings(Duration.ofSeconds(10), 100,
                Policy.values()[random.nextInt(Policy.values().length)], Duration.ofSeconds(3), Duration.ofSeconds(1),
                10 + random.nextInt(40), random.nextInt(4), null);
        History history = new History(random);
        for (int step = 0; step < 30; step++) {
            history.randomEvent();
            CyclePlan plan = new CyclePlanner(settings).plan("zone-a", history.hosts(), history.workloads(), history.now);
            history.assertRestartsCarriedOutOnce(plan, "seed " + seed + ", step " + step);
            history.apply(plan.changes());
            history.assertRules("seed " + seed + ", step " + step);
            if (plan.counts().balanced() == 0) {
                assertThat(new CyclePlanner(settings).plan("zone-a", history.hosts(), history.workloads(), history.now)
                        .isEmpty()).as("seed %d, step %d: a second cycle at the same moment decides nothing", seed, step)
                        .isTrue();
            }
        }
    }

    /** The zone as the database would hold it between cycles. */
    static final class History {

        final Random random;
        final Map<Long, ZoneHost> hosts = new LinkedHashMap<>();
        final Map<Long, ZoneWorkload> workloads = new LinkedHashMap<>();
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        long nextId = 1;

        History(Random random) {
            this.random = random;
            int count = 2 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                addHost();
            }
        }

        void randomEvent() {
            now = now.plusMillis(random.nextInt(5_000));
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    String key = random.nextInt(4) == 0 ? "cluster-" + random.nextInt(3) + "/control-plane" : null;
                    for (int i = random.nextInt(6); i >= 0; i--) {
                        long id = nextId++;
                        workloads.put(id, new ZoneWorkload(id, 0, random.nextBoolean() ? WorkloadKind.VM : WorkloadKind.POD,
                                "ns", "w-" + id, WorkloadStatus.PENDING, Msg.of("reconcile.admitted"), null,
                                new Limits(1_000L * (1 + random.nextInt(24)), 1_024L * (1 + random.nextInt(64)),
                                        10L * random.nextInt(20)), key, null));
                    }
                }
                case 2 -> {
                    if (!workloads.isEmpty()) {
                        workloads.remove(new ArrayList<>(workloads.keySet()).get(random.nextInt(workloads.size())));
                    }
                }
                case 3 -> changeHostState();
                case 6 -> changePower();
                case 7 -> resizeOrRestart();
                case 4 -> {
                    if (random.nextInt(4) == 0) {
                        addHost();
                    }
                }
                default -> now = now.plusSeconds(random.nextInt(5));
            }
        }

        /** A VM (never a pod) asked to be off, or on again, as the service would record it. */
        void changePower() {
            randomVm().ifPresent(w -> {
                PowerState asked = w.powerState() == PowerState.ON ? PowerState.OFF : PowerState.ON;
                workloads.put(w.id(), with(w, w.demand(), asked, asked == PowerState.ON && w.restartRequested()));
            });
        }

        /** A VM resized (a new demand, bigger or smaller) or just restarted: the service marks a VM on a host. */
        void resizeOrRestart() {
            randomVm().filter(w -> w.powerState() == PowerState.ON).ifPresent(w -> {
                Limits demand = random.nextBoolean() ? w.demand() : new Limits(1_000L * (1 + random.nextInt(24)),
                        1_024L * (1 + random.nextInt(64)), 10L * random.nextInt(20));
                workloads.put(w.id(), with(w, demand, w.powerState(), w.hostId() != null || w.restartRequested()));
            });
        }

        java.util.Optional<ZoneWorkload> randomVm() {
            List<ZoneWorkload> vms = workloads.values().stream().filter(w -> w.kind() == WorkloadKind.VM).toList();
            return vms.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(vms.get(random.nextInt(vms.size())));
        }

        static ZoneWorkload with(ZoneWorkload w, Limits demand, PowerState power, boolean restart) {
            return new ZoneWorkload(w.id(), w.version() + 1, w.kind(), w.namespace(), w.name(), w.status(),
                    w.statusReason(), w.hostId(), demand, w.antiAffinityKey(), w.placedAt(), power, restart);
        }

        /**
         * A restart asked for is done by this cycle, once: the mark is cleared in the change it writes, and a VM on
         * a host that was to restart gets a RESTARTED event (or is switched off instead).
         */
        void assertRestartsCarriedOutOnce(CyclePlan plan, String where) {
            Map<Long, WorkloadChange> byId = new LinkedHashMap<>();
            plan.changes().forEach(change -> byId.put(change.id(), change));
            for (ZoneWorkload w : workloads.values()) {
                WorkloadChange change = byId.get(w.id());
                if (!w.restartRequested()) {
                    assertThat(change == null || !change.restartDone()).as("%s: %s restarted unasked", where,
                            w.name()).isTrue();
                    continue;
                }
                assertThat(change).as("%s: %s's restart is carried out", where, w.name()).isNotNull();
                assertThat(change.restartDone()).as("%s: %s's restart mark cleared", where, w.name()).isTrue();
                long restartEvents = plan.events().stream().filter(e -> e.workload().id() == w.id()
                        && e.type() == EventType.RESTARTED).count();
                boolean wasOnHostToStayOn = w.hostId() != null && w.powerState() == PowerState.ON
                        && hosts.get(w.hostId()).state() != HostState.FAILED;
                assertThat(restartEvents).as("%s: %s restarted once", where, w.name())
                        .isEqualTo(wasOnHostToStayOn ? 1 : 0);
            }
        }

        void changeHostState() {
            ZoneHost host = new ArrayList<>(hosts.values()).get(random.nextInt(hosts.size()));
            HostState to = HostState.values()[random.nextInt(HostState.values().length)];
            hosts.put(host.id(), new ZoneHost(host.id(), host.name(), host.zone(), to, host.cpuMhz(), host.memoryMib(),
                    host.storageGib()));
        }

        void addHost() {
            long id = hosts.size() + 1;
            hosts.put(id, new ZoneHost(id, String.format("esx-a-%02d", id), "zone-a", HostState.READY,
                    20_000L + 10_000L * random.nextInt(9), 65_536L * (1 + random.nextInt(8)),
                    500L + 500L * random.nextInt(8)));
        }

        List<ZoneHost> hosts() {
            return List.copyOf(hosts.values());
        }

        List<ZoneWorkload> workloads() {
            return List.copyOf(workloads.values());
        }

        void apply(List<WorkloadChange> changes) {
            for (WorkloadChange change : changes) {
                ZoneWorkload w = workloads.get(change.id());
                assertThat(change.version()).isEqualTo(w.version());
                workloads.put(w.id(), new ZoneWorkload(w.id(), w.version() + 1, w.kind(), w.namespace(), w.name(),
                        change.status(), change.statusReason(), change.hostId(), w.demand(), w.antiAffinityKey(),
                        change.placedAt(), w.powerState(), w.restartRequested() && !change.restartDone()));
            }
        }

        void assertRules(String where) {
            Map<Long, long[]> used = new LinkedHashMap<>();
            Set<String> keysOnHosts = new HashSet<>();
            for (ZoneWorkload w : workloads.values()) {
                assertThat(w.status() == WorkloadStatus.POWERED_OFF).as("%s: %s is %s, asked to be %s", where,
                        w.name(), w.status(), w.powerState()).isEqualTo(w.powerState() == PowerState.OFF);
                assertThat(w.restartRequested()).as("%s: %s still marked for a restart", where, w.name()).isFalse();
                if (w.status() == WorkloadStatus.POWERED_OFF) {
                    assertThat(w.hostId()).as("%s: powered-off %s on no host", where, w.name()).isNull();
                    continue;
                }
                if (w.status() == WorkloadStatus.PENDING) {
                    assertThat(w.hostId()).as("%s: %s waits on no host", where, w.name()).isNull();
                    assertThat(w.statusReason().english()).as("%s: %s waits with a reason", where, w.name()).isNotBlank();
                    continue;
                }
                assertThat(w.hostId()).as("%s: %s is %s on a host", where, w.name(), w.status()).isNotNull();
                ZoneHost host = hosts.get(w.hostId());
                assertThat(host.state()).as("%s: %s on %s", where, w.name(), host.name()).isNotEqualTo(HostState.FAILED);
                if (host.state() == HostState.MAINTENANCE) {
                    assertThat(w.statusReason().english()).as("%s: %s stays on %s in maintenance only for a reason", where,
                            w.name(), host.name()).startsWith("Cannot leave " + host.name());
                }
                long[] sum = used.computeIfAbsent(w.hostId(), k -> new long[3]);
                sum[0] += w.demand().cpuMhz();
                sum[1] += w.demand().memoryMib();
                sum[2] += w.demand().storageGib();
                if (w.antiAffinityKey() != null) {
                    assertThat(keysOnHosts.add(w.antiAffinityKey() + "@" + w.hostId()))
                            .as("%s: two workloads with key %s on %s", where, w.antiAffinityKey(), host.name()).isTrue();
                }
            }
            used.forEach((hostId, sum) -> {
                ZoneHost host = hosts.get(hostId);
                assertThat(sum[0]).as("%s: CPU on %s", where, host.name()).isLessThanOrEqualTo(host.cpuMhz());
                assertThat(sum[1]).as("%s: memory on %s", where, host.name()).isLessThanOrEqualTo(host.memoryMib());
                assertThat(sum[2]).as("%s: storage on %s", where, host.name()).isLessThanOrEqualTo(host.storageGib());
            });
        }
    }
}
