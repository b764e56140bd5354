package dev.supervisorportal.portal.i18n;

import dev.supervisorportal.portal.ui.CommandForm;

/**
 * Not used by anything: the portal's {@code ArchitectureTest} imports it to show that an arrow back from the texts to
 * the UI components (which use the texts) fails the cycle rule.
 */
public class TextsUseTheUiArchFixture {

    public static boolean banner(CommandForm<?> form) {
        return form.banner.isVisible();
    }
}
