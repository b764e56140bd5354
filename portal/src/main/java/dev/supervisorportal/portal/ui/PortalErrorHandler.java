package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.supervisorportal.backend.common.Refusal;
import dev.supervisorportal.portal.i18n.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action is refused or fails unexpectedly: the refusal's own words, or a plain
 * "something went wrong" — never a stack trace.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        RuntimeException cause = rootRefusal(event.getThrowable());
        String message;
        if (cause != null) {
            message = Texts.reason(cause);
        } else if (isConcurrentChange(event.getThrowable())) {
            message = Texts.t("error.concurrent-change");
        } else {
            log.error("Unexpected error in the portal", event.getThrowable());
            message = Texts.t("error.unexpected");
        }
        if (UI.getCurrent() != null) {
            var notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static boolean isConcurrentChange(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException || t instanceof DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException rootRefusal(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof Refusal || t instanceof AccessDeniedException) {
                return (RuntimeException) t;
            }
        }
        return null;
    }
}
