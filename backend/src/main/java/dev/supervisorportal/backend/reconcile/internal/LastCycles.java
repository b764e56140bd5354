package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last cycle this portal node ran per zone, idle ones included. Idle cycles write nothing to the database, so
 * they are only known here; cycles that did something are also in the database, for every node to see.
 */
@Component
public class LastCycles {

    private final Map<String, ReconcileRunView> byZone = new ConcurrentHashMap<>();

    void record(ReconcileRunView run) {
        byZone.put(run.zone(), run);
    }

    public Optional<ReconcileRunView> of(String zone) {
        return Optional.ofNullable(byZone.get(zone));
    }
}
