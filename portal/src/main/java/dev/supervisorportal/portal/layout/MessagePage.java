package dev.supervisorportal.portal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that says why the user sees no view: a title, a reason beneath it and the way back to the dashboard.
 * The error views ({@link AccessDeniedView}, {@link NotFoundView}) fill in the reason.
 */
abstract class MessagePage extends Div implements HasDynamicTitle {

    /** The line under the title that says what happened. */
    protected final Paragraph reason = new Paragraph();
    private final String titleKey;

    MessagePage(String id, String titleKey) {
        this.titleKey = titleKey;
        addClassName("message-page");
        setId(id);
        add(new H2(getTranslation(titleKey)), reason, new Anchor("", getTranslation("layout.back-to-dashboard")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
