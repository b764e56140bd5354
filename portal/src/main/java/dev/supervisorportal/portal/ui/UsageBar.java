package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

import java.util.function.LongFunction;

/**
 * A bar of used against capacity with the figures: "CPU 12,000 MHz of 40,000 MHz · 30 %". Red from 90 % on. The figures
 * also name the bar, so that a screen reader says what it measures (a progress bar needs an accessible name).
 */
public class UsageBar extends Div {

    public UsageBar(String label, long used, long capacity, LongFunction<String> format) {
        addClassName("usage");
        int percent = capacity == 0 ? 0 : (int) Math.round(100.0 * used / capacity);
        String figures = (label.isEmpty() ? "" : label + " ")
                + getTranslation("ui.usage", format.apply(used), format.apply(capacity), percent);
        var text = new Span(figures);
        text.addClassName("usage-text");
        var bar = new ProgressBar(0, Math.max(1, capacity), Math.min(used, Math.max(1, capacity)));
        bar.getElement().setAttribute("aria-label", figures);
        if (percent >= 90) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        add(text, bar);
    }
}
