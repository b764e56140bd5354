package dev.supervisorportal.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.supervisorportal.portal.layout.ThemeToggle;

import java.util.Locale;

/**
 * Lumo plus the portal's own plain CSS (no frontend bundle can be built on these machines); the page is marked with
 * the user's language, for screen readers and the browser's own texts.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/app.css")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Supervisor Portal");
        // The language the page speaks (en, de): a two-letter code, so it goes into the script as it is.
        settings.getUi().map(UI::getLocale).map(Locale::getLanguage)
                .filter(language -> language.matches("[a-z]{2,3}"))
                .ifPresent(language -> settings.addInlineWithContents(Inline.Position.PREPEND,
                        "document.documentElement.lang = '" + language + "';", Inline.Wrapping.JAVASCRIPT));
        // Disabled buttons that still take hover and focus, so their tooltip can say why they are disabled. Set in
        // the page itself: the feature-flag file would ask for a frontend bundle this build cannot make.
        settings.addInlineWithContents(Inline.Position.PREPEND, """
                window.Vaadin = window.Vaadin || {};
                window.Vaadin.featureFlags = window.Vaadin.featureFlags || {};
                window.Vaadin.featureFlags.accessibleDisabledButtons = true;""", Inline.Wrapping.JAVASCRIPT);
        // The theme chosen in this browser, applied before the first paint (also on the login page): no light flash.
        settings.addInlineWithContents(Inline.Position.PREPEND, """
                if (document.cookie.split('; ').includes('%s=dark')) {
                    document.documentElement.setAttribute('theme', 'dark');
                    document.documentElement.style.colorScheme = 'dark';
                }""".formatted(ThemeToggle.COOKIE), Inline.Wrapping.JAVASCRIPT);
    }
}
