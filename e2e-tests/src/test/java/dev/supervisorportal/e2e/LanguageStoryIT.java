package dev.supervisorportal.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * German and English: a browser set to German gets the sign-in page and the portal in German, refusals included;
 * bob switches to English in the navbar, and that choice is his: a new German browser signs him in in English.
 */
class LanguageStoryIT extends BrowserStory {

    @Test
    void aGermanBrowserGetsGermanAndBobsSwitchToEnglishIsSavedForHim() {
        Page login = newBrowser("de-DE");
        login.navigate(portal.url("/login"));
        assertThat(login.locator("vaadin-login-form")).containsText("Benutzername");
        assertThat(login.locator("#demo-accounts")).containsText("Demo-Konten");
        assertThat(login.locator("#language-select")).containsText("Deutsch");
        screenshot(login, "login-german");

        Page bob = signIn("bob", "bob", "de-DE");
        assertThat(bob.locator("vaadin-side-nav")).containsText("Übersicht");
        assertThat(bob.locator("vaadin-side-nav")).containsText("Namespace beantragen");
        assertThat(bob.locator(".user-box")).containsText("Abmelden");

        open(bob, "/namespaces/request");
        bob.locator("#namespace-name input").fill("Team_B");
        bob.locator("#send-request").click();
        assertThat(bob.locator("#namespace-name"))
                .containsText("Verwenden Sie nur Kleinbuchstaben, Ziffern und '-'; 'T' ist nicht erlaubt.");
        assertThat(bob.locator("#justification")).containsText("Geben Sie an, wofür der Namespace gedacht ist.");
        screenshot(bob, "request-refused-german");

        choose(bob, "#language-select", "English");
        assertThat(bob.locator("vaadin-side-nav")).containsText("Request namespace");
        assertThat(bob.locator(".user-box")).containsText("Sign out");

        Page bobElsewhere = signIn("bob", "bob", "de-DE");
        // bob's choice, not this browser's language.
        assertThat(bobElsewhere.locator("vaadin-side-nav")).containsText("Dashboard");
        assertThat(bobElsewhere.locator("vaadin-side-nav")).not().containsText("Übersicht");
    }
}
