package dev.supervisorportal.portal.ui;

import dev.supervisorportal.backend.reconcile.ReconcileStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Several portal nodes share one database, and Quartz runs each zone's cycle on whichever node takes it: the events
 * that push a change to the shown views ({@link RefreshOnChange}) only fire on that node. This watcher lets the other
 * nodes notice too, by reading every two seconds a number that grows with each cycle that did something.
 */
@Component
@EnableScheduling
class OtherNodesWatcher {

    private final LongSupplier marker;
    private final AtomicLong lastSeen = new AtomicLong(-1);

    @Autowired
    OtherNodesWatcher(ReconcileStatus status) {
        this(status::latestCycleMarker);
    }

    OtherNodesWatcher(LongSupplier marker) {
        this.marker = marker;
    }

    @Scheduled(fixedDelayString = "${portal.ui.change-watch-interval:2s}")
    void look() {
        if (changed()) {
            AutoRefresh.somethingChanged();
        }
    }

    /** Whether the marker moved since the last look; the first look only takes note of it. */
    boolean changed() {
        long now = marker.getAsLong();
        long before = lastSeen.getAndSet(now);
        return before >= 0 && before != now;
    }
}
