package dev.supervisorportal.portal.ui;

import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.namespaces.RequestsChanged;
import dev.supervisorportal.backend.reconcile.ReconcileCycleCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the shown views ({@link AutoRefresh}) when a zone changed on this node: a user's change to hosts or workloads
 * once its transaction committed, a namespace or quota request sent or decided, and every reconcile cycle that wrote
 * something.
 */
@Component
class RefreshOnChange {

    @TransactionalEventListener(fallbackExecution = true)
    void on(ZoneChanged change) {
        AutoRefresh.somethingChanged();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RequestsChanged change) {
        AutoRefresh.somethingChanged();
    }

    @EventListener
    void on(ReconcileCycleCompleted cycle) {
        AutoRefresh.somethingChanged();
    }
}
