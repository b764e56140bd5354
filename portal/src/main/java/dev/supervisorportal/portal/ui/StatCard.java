package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure with a label, and a line of context below it. */
public class StatCard extends Div {

    public StatCard(String id, String label, String value, Component... context) {
        addClassName("stat-card");
        setId(id);
        var labelSpan = new Span(label);
        labelSpan.addClassName("stat-label");
        var valueSpan = new Span(value);
        valueSpan.addClassName("stat-value");
        add(labelSpan, valueSpan);
        for (Component line : context) {
            line.getElement().getClassList().add("stat-context");
            add(line);
        }
    }
}
