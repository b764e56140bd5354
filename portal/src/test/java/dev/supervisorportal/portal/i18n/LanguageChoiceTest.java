package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.supervisorportal.backend.users.UserAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A page speaks the user's saved language, else this browser's last choice, else the browser's language, else English. */
class LanguageChoiceTest {

    private final UserAccounts users = mock(UserAccounts.class);
    private final LanguageChoice choice = new LanguageChoice(users, new AuthenticationContext());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAnyChoiceTheBrowsersLanguageDecidesWhenThePortalSpeaksIt() {
        assertThat(choice.languageFor(request(Locale.forLanguageTag("de-AT")))).isEqualTo(Locale.GERMAN);
        assertThat(choice.languageFor(request(Locale.forLanguageTag("en-US")))).isEqualTo(Locale.ENGLISH);
        assertThat(choice.languageFor(request(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(choice.languageFor(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void thisBrowsersLastChoiceBeatsItsLanguage() {
        assertThat(choice.languageFor(request(Locale.ENGLISH, new Cookie(LanguageChoice.COOKIE, "de"))))
                .isEqualTo(Locale.GERMAN);
        assertThat(choice.languageFor(request(Locale.GERMAN, new Cookie(LanguageChoice.COOKIE, "en"))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(choice.languageFor(request(Locale.GERMAN, new Cookie(LanguageChoice.COOKIE, "fr"))))
                .as("a language the portal does not speak falls through to the browser's").isEqualTo(Locale.GERMAN);
    }

    @Test
    void theSignedInUsersSavedLanguageBeatsTheBrowser() {
        signIn("alice");
        when(users.language("alice")).thenReturn(Optional.of(Locale.GERMAN));
        assertThat(choice.languageFor(request(Locale.ENGLISH, new Cookie(LanguageChoice.COOKIE, "en"))))
                .isEqualTo(Locale.GERMAN);

        when(users.language("alice")).thenReturn(Optional.empty());
        assertThat(choice.languageFor(request(Locale.ENGLISH, new Cookie(LanguageChoice.COOKIE, "de"))))
                .as("a user who never chose gets this browser's choice").isEqualTo(Locale.GERMAN);
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", AuthorityUtils.createAuthorityList("ROLE_DEVOPS")));
    }

    private static VaadinRequest request(Locale browser, Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getLocale()).thenReturn(browser);
        when(request.getCookies()).thenReturn(cookies.length == 0 ? null : cookies);
        return request;
    }
}
