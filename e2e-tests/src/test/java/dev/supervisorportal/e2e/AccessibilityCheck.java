package dev.supervisorportal.e2e;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core's WCAG 2.1 A and AA rules (Deque's engine, injected into the page by its Playwright integration) on the page
 * as it is shown now, shadow DOM included. A violation fails the story with one line per element: the rule, the
 * element (axe's selector, through shadow roots) and what to fix.
 */
final class AccessibilityCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * WCAG 2.5.3 "label in name", which axe tags {@code experimental} and so leaves out of a run by tags unless it is
     * asked for by name.
     */
    static final String LABEL_IN_NAME = "label-content-name-mismatch";

    /**
     * Vaadin's client has no server round trip under way, so the view is drawn as the server last said (what Vaadin
     * TestBench waits for; true on a page without Vaadin), and no finite animation runs, such as a dialog fading in,
     * whose half-transparent text axe would measure as too faint.
     */
    private static final String SETTLED = "() => (!window.Vaadin?.Flow?.clients"
            + " || Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive()))"
            + " && document.getAnimations().every(animation => animation.playState !== 'running'"
            + "     || animation.effect?.getTiming().iterations === Infinity)";

    private AccessibilityCheck() {
    }

    /** Fails with the list of violations when axe finds any; {@code where} says which page and state it was. */
    static void assertAccessible(Page page, String where) {
        String violations = violations(page, where);
        if (!violations.isEmpty()) {
            fail(violations);
        }
    }

    /** What axe finds on the page, one line per element under a heading that names the page; empty when nothing. */
    static String violations(Page page, String where) {
        page.waitForFunction(SETTLED);
        // Legacy mode: one axe.run in the page. The portal has no frames, and the default (a run per frame, finished
        // in a fresh page) would open a browser context for each check.
        AxeResults results = new AxeBuilder(page).options(options()).setLegacyMode(true).analyze();
        assertThat(results.isErrored()).as("axe ran on %s: %s", where, results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        return violations.isEmpty() ? "" : String.format("axe-core finds %d WCAG 2.1 A/AA %s on %s (%s):%n%s",
                violations.size(), violations.size() == 1 ? "rule violated" : "rules violated", where, page.url(),
                describe(violations));
    }

    private static AxeRunOptions options() {
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_21_AA);
        var labelInName = new AxeRuleOptions();
        labelInName.setEnabled(true);
        var options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setRules(Map.of(LABEL_IN_NAME, labelInName));
        return options;
    }

    /** "label-content-name-mismatch on #host-events-esx-a-01: Ensure that elements labelled through their content …". */
    static String describe(List<Rule> violations) {
        return violations.stream().flatMap(rule -> rule.getNodes().stream().map(node -> "- " + rule.getId() + " ("
                        + rule.getImpact() + ") on " + target(node) + ": " + rule.getHelp() + "\n    " + node.getHtml()
                        + "\n    " + String.valueOf(node.getFailureSummary()).replace("\n", "\n    ")))
                .collect(Collectors.joining("\n"));
    }

    /** axe's selector of the element: a list of selectors, one per shadow root on the way down. */
    private static String target(CheckedNode node) {
        return node.getTarget() instanceof List<?> path
                ? path.stream().map(String::valueOf).collect(Collectors.joining(" >>> ")) : String.valueOf(node.getTarget());
    }
}
