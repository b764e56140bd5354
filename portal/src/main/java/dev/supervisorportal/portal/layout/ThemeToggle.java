package dev.supervisorportal.portal.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import dev.supervisorportal.portal.preferences.BrowserCookie;

/**
 * Switches between Lumo's light and dark theme. The choice lives in a cookie of this browser, so it outlasts a reload
 * and a new sign-in, and the page shell applies it before anything is drawn (see {@code AppShell}).
 */
public class ThemeToggle extends Button {

    public static final String COOKIE = "portal-theme";

    private boolean dark;

    ThemeToggle() {
        dark = savedChoiceIsDark(VaadinRequest.getCurrent());
        setId("theme-toggle");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(click -> {
            dark = !dark;
            apply();
            getUI().ifPresent(ui -> BrowserCookie.remember(ui.getPage(), COOKIE, dark ? "dark" : "light"));
        });
        show();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        apply();
    }

    private void apply() {
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
        show();
    }

    /** The button offers the other theme: a moon while light, a sun while dark. */
    private void show() {
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String label = dark ? getTranslation("layout.theme.to-light") : getTranslation("layout.theme.to-dark");
        setAriaLabel(label);
        setTooltipText(label);
    }

    static boolean savedChoiceIsDark(VaadinRequest request) {
        return BrowserCookie.value(request, COOKIE).filter("dark"::equals).isPresent();
    }
}
