package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.scheduler.Policy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The reconciler's settings ({@code portal.reconcile.*}).
 *
 * @param interval          how often each zone's cycle runs (it also runs right after a change)
 * @param keepRuns          how many recent cycles that did something are kept per zone
 * @param policy            how scheduler-core scores hosts: {@code spread} (DRS's default), {@code pack}, {@code balanced}
 * @param vmStartDelay      how long a host's spherelet takes to start a placed VM (a TKG node, a control-plane VM)
 * @param podStartDelay     how long it takes to start a placed vSphere Pod
 * @param balanceThreshold  DRS moves workloads when the CPU utilisation of a zone's hosts spreads wider than this
 *                          many percentage points
 * @param maxMovesPerCycle  DRS moves at most this many workloads per cycle
 * @param keepEvents        how long the reconciler's events are kept (pruned by the cycles that write new ones)
 */
@ConfigurationProperties("portal.reconcile")
public record ReconcileSettings(Duration interval, Integer keepRuns, Policy policy, Duration vmStartDelay,
                                Duration podStartDelay, Integer balanceThreshold, Integer maxMovesPerCycle,
                                Duration keepEvents) {

    public ReconcileSettings {
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        keepRuns = keepRuns == null ? 100 : keepRuns;
        policy = policy == null ? Policy.SPREAD : policy;
        vmStartDelay = vmStartDelay == null ? Duration.ofSeconds(3) : vmStartDelay;
        podStartDelay = podStartDelay == null ? Duration.ofSeconds(1) : podStartDelay;
        balanceThreshold = balanceThreshold == null ? 20 : balanceThreshold;
        maxMovesPerCycle = maxMovesPerCycle == null ? 2 : maxMovesPerCycle;
        keepEvents = keepEvents == null ? Duration.ofDays(30) : keepEvents;
    }
}
