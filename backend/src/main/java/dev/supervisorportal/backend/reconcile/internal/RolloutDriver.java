package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.workloads.ClusterRollouts;
import dev.supervisorportal.backend.workloads.RolloutStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

/**
 * After a zone's cycle: one roll-out step for each rolling TKG cluster with a node in the zone, each step in a
 * transaction of its own with its event (design: one step = one transaction, so a crash leaves the cluster as before
 * or after the step). A step that fails (a race with another zone's cycle) is tried again at the next cycle.
 */
@Component
class RolloutDriver {

    private static final Logger log = LoggerFactory.getLogger(RolloutDriver.class);

    private final ClusterRollouts rollouts;
    private final ReconcileEventRepository events;
    private final TransactionTemplate transaction;

    RolloutDriver(ClusterRollouts rollouts, ReconcileEventRepository events, PlatformTransactionManager transactions) {
        this.rollouts = rollouts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the steps; returns how many wrote something (so the zone's views refresh and another cycle follows). */
    int drive(ZoneRef zone, Instant now) {
        int wrote = 0;
        for (long clusterId : rollouts.rollingIn(zone.id())) {
            try {
                Optional<RolloutStep> step = transaction.execute(status -> {
                    Optional<RolloutStep> taken = rollouts.step(clusterId);
                    taken.flatMap(RolloutDriver::eventType).ifPresent(type -> events.save(new ReconcileEvent(
                            taken.get().zone() == null ? zone.name() : taken.get().zone(), taken.get().namespace(),
                            taken.get().cluster(), type, taken.get().message(), now)));
                    return taken;
                });
                if (step.isPresent() && step.get().kind().wrote()) {
                    wrote++;
                }
            } catch (org.springframework.dao.DataAccessException raced) {
                log.debug("Roll-out step of cluster {} failed, tried again next cycle: {}", clusterId,
                        raced.getMessage());
            }
        }
        return wrote;
    }

    private static Optional<EventType> eventType(RolloutStep step) {
        return Optional.ofNullable(switch (step.kind()) {
            case NODE_REPLACED -> EventType.NODE_REPLACED;
            case STALLED -> EventType.ROLLOUT_STALLED;
            case DONE -> EventType.ROLLOUT_DONE;
            case SURGE_ADDED, WAITING -> null;
        });
    }
}
