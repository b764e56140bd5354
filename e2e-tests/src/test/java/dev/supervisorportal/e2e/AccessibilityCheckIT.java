package dev.supervisorportal.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check the stories run on each page finds what the Hosts page once had, a progress bar without a name and a
 * button whose name leaves out its visible label, and says for each the rule, the element and what to fix.
 */
class AccessibilityCheckIT extends BrowserStory {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Hosts</title></head><body><main>
            <h1>Hosts</h1>
            <span>CPU 12,000 of 40,000 MHz · 30 %%</span>
            <div id="cpu-bar" role="progressbar" aria-valuemin="0" aria-valuemax="40000" aria-valuenow="12000" %s></div>
            <button id="events-esx-a-01" aria-label="%s">Events</button>
            </main></body></html>""";

    /** Hides the base class's: the pages here are written by the test, no portal is needed. */
    @BeforeAll
    static void startBrowser() {
        startBrowser(null);
    }

    @Test
    void aNamelessProgressBarAndAButtonNamedWithoutItsLabelFailWithRuleElementAndHelp() {
        Page page = newBrowser("en-GB");
        page.setContent(PAGE.formatted("", "What the reconciler moved onto or off esx-a-01"));

        assertThatThrownBy(() -> AccessibilityCheck.assertAccessible(page, "the old Hosts page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("axe-core finds 2 WCAG 2.1 A/AA rules violated on the old Hosts page")
                .hasMessageContaining("- aria-progressbar-name (serious) on #cpu-bar: ARIA progressbar nodes must "
                        + "have an accessible name")
                .hasMessageContaining("- label-content-name-mismatch (serious) on #events-esx-a-01: Elements must "
                        + "have their visible text as part of their accessible name");
    }

    @Test
    void theBarNamedByItsFiguresAndTheButtonNamedFromItsLabelOnPass() {
        Page page = newBrowser("en-GB");
        page.setContent(PAGE.formatted("aria-label=\"CPU 12,000 of 40,000 MHz · 30 %\"",
                "Events of esx-a-01: what the reconciler moved onto or off it"));

        assertThat(AccessibilityCheck.violations(page, "the Hosts page as it is now")).isEmpty();
    }
}
