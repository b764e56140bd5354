package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Vaadin's tab strip (vaadin-tabs) wraps its tabs in a scroll container with {@code tabindex="-1"} inside its shadow
 * root. That makes the container a focusable child of the {@code tablist} role, which may hold only tabs (WAI-ARIA;
 * axe-core's rule aria-required-children). Keyboard use does not need it: the tabs themselves take the focus and move
 * it with the arrow keys. So the attribute goes, once the strip has rendered, each time the sheet is attached.
 */
public final class AccessibleTabs {

    private static final String WITHOUT_FOCUSABLE_SCROLLER = """
            const tabs = this.querySelector('vaadin-tabs');
            if (tabs) {
              customElements.whenDefined('vaadin-tabs')
                  .then(() => tabs.updateComplete)
                  .then(() => tabs.shadowRoot.querySelector('[part="tabs"]')?.removeAttribute('tabindex'));
            }
            """;

    private AccessibleTabs() {
    }

    public static TabSheet of(TabSheet sheet) {
        sheet.addAttachListener(attach -> sheet.getElement().executeJs(WITHOUT_FOCUSABLE_SCROLLER));
        return sheet;
    }
}
