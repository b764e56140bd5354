package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a view current while it is shown: the browser polls every {@link #INTERVAL_MILLIS} and the view reads again,
 * so what the reconciler does appears without a reload. Polling, not server push: push needs a frontend bundle this
 * build cannot make.
 */
public final class AutoRefresh {

    public static final int INTERVAL_MILLIS = 2000;

    private AutoRefresh() {
    }

    /** Runs {@code refresh} on every poll while {@code view} is attached; stops polling when it is detached. */
    public static void whileShown(Component view, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(INTERVAL_MILLIS);
            Registration poll = ui.addPollListener(event -> refresh.run());
            view.addDetachListener(detach -> {
                poll.remove();
                ui.setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }
}
