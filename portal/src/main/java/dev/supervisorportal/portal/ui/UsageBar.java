package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import dev.supervisorportal.portal.i18n.Texts;

import java.util.function.LongFunction;

/**
 * A bar of used against capacity with the figures: "CPU 12,000 MHz of 40,000 MHz · 30 %". Red from 90 % on. The figures
 * also name the bar, so that a screen reader says what it measures (a progress bar needs an accessible name).
 */
public class UsageBar extends Div {

    public UsageBar(String label, long used, long capacity, LongFunction<String> format) {
        this((label.isEmpty() ? "" : label + " ")
                + Texts.t("ui.usage", format.apply(used), format.apply(capacity), percent(used, capacity)),
                used, capacity);
    }

    /** The same bar, with the figures in words of the caller's: "0 MHz used of 1,001 MHz · 1,001 MHz free". */
    public UsageBar(String figures, long used, long capacity) {
        addClassName("usage");
        var text = new Span(figures);
        text.addClassName("usage-text");
        var bar = new ProgressBar(0, Math.max(1, capacity), Math.min(used, Math.max(1, capacity)));
        bar.getElement().setAttribute("aria-label", figures);
        if (percent(used, capacity) >= 90) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        add(text, bar);
    }

    private static int percent(long used, long capacity) {
        return capacity == 0 ? 0 : (int) Math.round(100.0 * used / capacity);
    }
}
