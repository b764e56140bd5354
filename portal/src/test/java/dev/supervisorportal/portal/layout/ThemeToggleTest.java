package dev.supervisorportal.portal.layout;

import dev.supervisorportal.portal.ui.PortalUi;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The theme button names the theme it switches to, and the browser's cookie decides which theme a page starts in. */
@ExtendWith(PortalUi.class)
class ThemeToggleTest {


    @Test
    void theButtonOffersTheOtherTheme() {
        var toggle = new ThemeToggle();
        assertThat(toggle.getAriaLabel()).contains("Switch to dark theme");

        toggle.click();
        assertThat(toggle.getAriaLabel()).contains("Switch to light theme");

        toggle.click();
        assertThat(toggle.getAriaLabel()).contains("Switch to dark theme");
    }

    @Test
    void onlyADarkCookieStartsDark() {
        assertThat(ThemeToggle.savedChoiceIsDark(null)).isFalse();
        assertThat(ThemeToggle.savedChoiceIsDark(withCookies())).isFalse();
        assertThat(ThemeToggle.savedChoiceIsDark(withCookies(new Cookie("JSESSIONID", "x")))).isFalse();
        assertThat(ThemeToggle.savedChoiceIsDark(withCookies(new Cookie(ThemeToggle.COOKIE, "light")))).isFalse();
        assertThat(ThemeToggle.savedChoiceIsDark(withCookies(new Cookie("JSESSIONID", "x"),
                new Cookie(ThemeToggle.COOKIE, "dark")))).isTrue();
    }

    private static VaadinRequest withCookies(Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies.length == 0 ? null : cookies);
        return request;
    }
}
