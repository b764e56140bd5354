package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import dev.supervisorportal.portal.i18n.PortalTranslations;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstancePreDestroyCallback;

import java.util.Locale;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Vaadin UI for component tests, in English ({@code @ExtendWith(PortalUi.class)}) or German
 * ({@code @ExtendWith(PortalUi.German.class)}): components built by the test (also in field initialisers) read their
 * texts through {@code getTranslation} from the portal's bundles, and {@code Texts} speaks the UI's language.
 */
public class PortalUi implements TestInstancePreConstructCallback, TestInstancePreDestroyCallback {

    /**
     * Vaadin keeps the current UI and service only weakly ({@code CurrentInstance}): these keep them alive, or a
     * garbage collection in the middle of a test would take them (and with them the language) away.
     */
    private static UI ui;
    private static VaadinService service;

    private final Locale language;

    public PortalUi() {
        this(Locale.ENGLISH);
    }

    protected PortalUi(Locale language) {
        this.language = language;
    }

    /** The same, in German. */
    public static class German extends PortalUi {
        public German() {
            super(Locale.GERMAN);
        }
    }

    @Override
    public void preConstructTestInstance(org.junit.jupiter.api.extension.TestInstanceFactoryContext factoryContext,
                                         ExtensionContext context) {
        open(language);
    }

    @Override
    public void preDestroyTestInstance(ExtensionContext context) {
        close();
    }

    /** Makes a UI in {@code language} current, with the portal's translations. */
    public static UI open(Locale language) {
        service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new PortalTranslations());
        VaadinService.setCurrent(service);
        ui = new UI();
        ui.setLocale(language);
        UI.setCurrent(ui);
        return ui;
    }

    public static void close() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
        ui = null;
        service = null;
    }
}
