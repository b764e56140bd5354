package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A page in one language for tests that build views and forms without a browser: a current {@link UI} in that locale
 * and a Vaadin service whose translations are the portal's bundles, so {@code getTranslation} and {@link Texts} answer
 * as in the running portal. Register it on the class, before the test instance builds its components:
 * {@code @RegisterExtension static final UiLanguage GERMAN = UiLanguage.german();}
 */
public final class UiLanguage implements BeforeAllCallback, AfterAllCallback {

    private final Locale locale;

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
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(instantiator.getI18NProvider()).thenReturn(new PortalTranslations());
        when(service.getInstantiator()).thenReturn(instantiator);
        VaadinService.setCurrent(service);
        var ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }
}
