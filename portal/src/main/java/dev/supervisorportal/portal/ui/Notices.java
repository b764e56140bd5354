package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short notices at the top of the page: what the user just did has been done. */
public final class Notices {

    private Notices() {
    }

    /** A green notice for six seconds. */
    public static void success(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A red notice for ten seconds: what the user asked for was refused, and why. */
    public static void error(String message) {
        Notification.show(message, 10000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
