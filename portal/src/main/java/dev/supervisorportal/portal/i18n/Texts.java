package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.Refusal;

import java.util.Locale;

/**
 * Texts in the current user's language, for code that is not a component (components have
 * {@code getTranslation}): {@code Texts.t("layout.menu")}, {@code Texts.of(refusal.reason())}.
 */
public final class Texts {

    private Texts() {
    }

    public static String t(String key, Object... args) {
        return PortalTranslations.translate(key, locale(), args);
    }

    public static String of(Msg message) {
        return Messages.text(message, locale());
    }

    /** Why a service refused, from its {@link Refusal}'s message; Spring Security's own refusals as they are. */
    public static String reason(RuntimeException refused) {
        return refused instanceof Refusal refusal ? of(refusal.reason()) : refused.getMessage();
    }

    /** The language of the page being drawn; English outside a page (tests, background threads without a UI). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null ? session.getLocale() : Locale.ENGLISH;
    }
}
