package dev.supervisorportal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms for everyone: on each create form every field and button has an accessible name (what a screen reader says
 * when it gets the focus), and the VM form can be filled in and sent with the keyboard alone.
 */
class FormAccessibilityIT extends BrowserStory {

    /**
     * Each visible field and button of the page's view with the accessible name of the element that takes its
     * focus. Vaadin's fields keep that element (an {@code <input>}, or the select's value button) in the light DOM
     * and name it with {@code aria-labelledby} pointing at their {@code <label>}; a group of radio buttons is named
     * itself; a button by its text or {@code aria-label}.
     */
    private static final String ACCESSIBLE_NAMES = """
            view => {
                const fields = 'vaadin-text-field, vaadin-integer-field, vaadin-number-field, vaadin-text-area, '
                    + 'vaadin-email-field, vaadin-password-field, vaadin-select, vaadin-combo-box, '
                    + 'vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-time-picker, vaadin-checkbox, '
                    + 'vaadin-radio-group, vaadin-checkbox-group, vaadin-button';
                const textOf = (element, ids) => ids.trim().split(/\\s+/)
                    .map(id => element.getRootNode().getElementById(id) || document.getElementById(id))
                    .map(label => label ? label.textContent.trim() : '').join(' ').trim();
                const nameOf = element => {
                    const label = (element.getAttribute('aria-label') || '').trim();
                    if (label) return label;
                    const labelledBy = element.getAttribute('aria-labelledby');
                    if (labelledBy) return textOf(element, labelledBy);
                    if (element.labels && element.labels.length) {
                        return Array.from(element.labels).map(l => l.textContent.trim()).join(' ').trim();
                    }
                    return element.localName === 'vaadin-button' ? element.textContent.trim() : '';
                };
                const focusTarget = field => /^vaadin-(radio|checkbox)-group$|^vaadin-button$/.test(field.localName)
                    ? field : (field.focusElement || field.querySelector('input, textarea') || field);
                return Array.from(view.querySelectorAll(fields))
                    .filter(field => field.getClientRects().length > 0)
                    .map(field => [field.id || field.localName + ' "' + field.textContent.trim() + '"',
                                   nameOf(focusTarget(field))]);
            }""";

    @Test
    void everyFieldAndButtonOfTheCreateFormsHasAnAccessibleName() {
        String namespace = "team-a-labels";
        Page alice = signIn("alice", "alice");
        open(alice, "/namespaces/request");
        assertNamed(alice, "namespace-name", "cpu-limit", "memory-limit", "storage-limit", "justification",
                "send-request");
        Page admin = signIn("admin", "admin");
        requestNamespace(alice, namespace);
        approveNamespace(admin, namespace);

        String page = "/namespaces/" + namespace;
        open(alice, page + "/vms/new");
        Map<String, String> vmForm = assertNamed(alice, "vm-name", "vm-class", "vm-image", "vm-storage-policy",
                "vm-disk", "vm-zone", "create-vm-submit");
        // What a screen reader says: the visible label (a select's also its value).
        assertThat(vmForm).containsEntry("vm-name", "VM name").containsEntry("vm-disk", "Disk size")
                .containsEntry("create-vm-submit", "Create VM");
        assertThat(vmForm.get("vm-zone")).startsWith("Zone");
        open(alice, page + "/tkg-clusters/new");
        alice.locator("#add-node-pool").click();
        assertNamed(alice, "tkg-name", "tkg-release", "tkg-control-plane", "tkg-control-plane-class",
                "tkg-storage-policy", "pool-0-name", "pool-0-replicas", "pool-0-vm-class", "pool-0-zone",
                "pool-1-remove", "add-node-pool", "create-tkg-submit");
        open(alice, page + "/pods/new");
        assertNamed(alice, "pod-name", "add-container", "create-pod-submit");
        open(alice, page + "/quota/request");
        assertNamed(alice, "quota-cpu", "quota-justification", "send-quota-request");

        open(admin, "/hosts");
        admin.locator("#add-host vaadin-details-summary").click();
        assertNamed(admin, "host-zone", "host-name", "add-host-submit");
    }

    @Test
    void aliceCreatesAVmWithTheKeyboardAlone() {
        String namespace = "team-a-keys";
        Page alice = signIn("alice", "alice");
        approvedNamespace(alice, namespace);
        open(alice, "/namespaces/" + namespace + "/vms/new");
        var keyboard = alice.keyboard();

        alice.locator("#vm-name input").focus();
        keyboard.type("keys-1");
        tabTo(alice, "#vm-class");
        pickFromComboBox(alice, "best-effort-small");
        tabTo(alice, "#vm-image");
        pickFromComboBox(alice, "ubuntu-22.04-server");
        tabTo(alice, "#vm-storage-policy");
        pickFromComboBox(alice, "vsan-default-storage-policy");
        tabTo(alice, "#vm-disk");
        keyboard.type("30");
        tabTo(alice, "#vm-zone");
        // Arrow down opens the select on its current item, "Any zone"; two more down is zone-b, Enter takes it.
        // Each key waits until the list has moved its focus: keys pressed while the overlay is still opening are
        // lost (seen in CI).
        keyboard.press("ArrowDown");
        assertThat(alice.locator("vaadin-select-item").filter(new Locator.FilterOptions().setVisible(true)))
                .not().hasCount(0);
        Locator focusedItem = alice.locator("vaadin-select-item[focused]");
        assertThat(focusedItem).containsText("Any zone");
        keyboard.press("ArrowDown");
        assertThat(focusedItem).containsText("zone-a");
        keyboard.press("ArrowDown");
        assertThat(focusedItem).containsText("zone-b");
        keyboard.press("Enter");
        assertThat(alice.locator("#vm-zone")).hasAttribute("has-value", "");
        assertThat(alice.locator("#vm-zone vaadin-select-value-button")).containsText("zone-b");
        assertThat(alice.locator("#vm-form-what-if")).containsText("Fits: zone-b quota");
        screenshot(alice, "vm-form-by-keyboard");

        tabTo(alice, "#create-vm-submit");
        keyboard.press("Enter");
        assertThat(alice).hasURL(portal.url("/namespaces/" + namespace + "?tab=vms"));
        assertThat(gridRows(alice.locator("#vms"))).singleElement()
                .satisfies(row -> assertThat(row.subList(0, 4))
                        .containsExactly("keys-1", "best-effort-small", "ubuntu-22.04-server", "zone-b"));
    }

    /**
     * Asserts that each visible field and button of the view is named, and that the view has {@code ids}; returns
     * the names by field.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> assertNamed(Page page, String... ids) {
        Locator view = page.locator("main.page");
        // Waits for each field: one may come with a server round trip still on its way (a node pool just added).
        for (String id : ids) {
            assertThat(view.locator("#" + id)).isVisible();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> field : (List<List<String>>) view.evaluate(ACCESSIBLE_NAMES)) {
            names.put(field.get(0), field.get(1));
        }
        assertThat(names).as("the fields and buttons of %s", page.url()).containsKeys(ids);
        assertThat(names).as("accessible names on %s", page.url()).allSatisfy((field, name) -> assertThat(name)
                .as("the accessible name of %s on %s", field, page.url()).isNotBlank());
        return names;
    }

    /** One Tab moves the keyboard focus to {@code field}, with the focus ring shown. */
    private static void tabTo(Page page, String field) {
        page.keyboard().press("Tab");
        assertThat(page.locator(field)).hasAttribute("focus-ring", "");
    }

    /** Typing filters the focused combo box's items; arrow down marks the first, Enter takes it. */
    private static void pickFromComboBox(Page page, String item) {
        page.keyboard().type(item);
        assertThat(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setVisible(true))
                .first()).containsText(item);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("[focus-ring] input")).hasValue(Pattern.compile("^" + item));
    }
}
