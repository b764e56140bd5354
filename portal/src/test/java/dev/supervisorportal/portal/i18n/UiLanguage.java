package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

import java.util.Locale;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A page in one language for tests that build views and forms without a browser: a current {@link UI} in that locale
 * and a Vaadin service whose translations are the portal's bundles, so {@code getTranslation} and {@link Texts} answer
 * as in the running portal. Register it on the class; it is in place before each test instance builds its components
 * and before each test (Vaadin may clear its current instances in between):
 * {@code @RegisterExtension static final UiLanguage GERMAN = UiLanguage.german();}
 */
public final class UiLanguage
        implements BeforeAllCallback, TestInstancePreConstructCallback, BeforeEachCallback, AfterAllCallback {

    private final Locale locale;
    /** Vaadin keeps its current instances by weak reference: these keep them from being collected during a test. */
    private VaadinService service;
    private UI ui;

    private UiLanguage(Locale locale) {
        this.locale = locale;
    }

    public static UiLanguage english() {
        return new UiLanguage(Locale.ENGLISH);
    }

    public static UiLanguage german() {
        return new UiLanguage(Locale.GERMAN);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        install();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (UI.getCurrent() == null || VaadinService.getCurrent() == null) {
            install();
        }
    }

    private void install() {
        service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(instantiator.getI18NProvider()).thenReturn(new PortalTranslations());
        when(service.getInstantiator()).thenReturn(instantiator);
        VaadinService.setCurrent(service);
        ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
        ui = null;
        service = null;
    }
}
