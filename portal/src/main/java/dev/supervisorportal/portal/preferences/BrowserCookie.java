package dev.supervisorportal.portal.preferences;

import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.Optional;

/**
 * A choice this browser remembers for a year (the theme, the language), also before anyone signs in: read from the
 * request that opened the page, written by the page itself so that it needs no response of its own.
 */
public final class BrowserCookie {

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private BrowserCookie() {
    }

    /** The cookie's value in {@code request}, if the browser sent it. */
    public static Optional<String> value(VaadinRequest request, String name) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(cookie -> name.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }

    /** Sets the cookie in the browser that shows {@code page}. */
    public static void remember(Page page, String name, String value) {
        page.executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'",
                name, value, ONE_YEAR_SECONDS);
    }
}
