package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a view current while it is shown: when a zone changes (a user's change committed, or a reconcile cycle
 * wrote something; see {@link RefreshOnChange}) the view reads again and the server pushes the result to the browser
 * ({@code @Push} on the app shell). No polling: an idle page sends nothing. Push works without a frontend bundle,
 * since Vaadin's push client ({@code VAADIN/static/push/vaadinPush-min.js} in {@code flow-push}) is loaded at run time.
 */
public final class AutoRefresh {

    /** The views shown now, in every UI of this node. */
    private static final Set<Shown> SHOWN = ConcurrentHashMap.newKeySet();
    /** {@code ui.access} may run the refresh in the calling thread: never in the reconciler's or a request's. */
    private static final ExecutorService DELIVERY = Executors.newVirtualThreadPerTaskExecutor();

    private AutoRefresh() {
    }

    /** Runs {@code refresh} in {@code view}'s UI after each change while the view is attached. */
    public static void whileShown(Component view, Runnable refresh) {
        view.addAttachListener(attach -> {
            var shown = new Shown(attach.getUI(), refresh, new AtomicBoolean());
            SHOWN.add(shown);
            view.addDetachListener(detach -> {
                SHOWN.remove(shown);
                detach.unregisterListener();
            });
        });
    }

    /** Something the shown views may show changed: each refreshes once, however many changes arrive meanwhile. */
    static void somethingChanged() {
        for (Shown shown : SHOWN) {
            if (shown.pending().compareAndSet(false, true)) {
                DELIVERY.execute(() -> deliver(shown));
            }
        }
    }

    private static void deliver(Shown shown) {
        try {
            shown.ui().access(() -> {
                shown.pending().set(false);
                shown.refresh().run();
            });
        } catch (UIDetachedException closed) {
            SHOWN.remove(shown);
        }
    }

    private record Shown(UI ui, Runnable refresh, AtomicBoolean pending) {
    }
}
