package dev.supervisorportal.portal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the user may not open: says so plainly, and shows none of the data. */
@ParentLayout(MainLayout.class)
@PageTitle("Access denied")
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    static final String DEFAULT_MESSAGE = "This page is for administrators only.";

    private final Paragraph reason = new Paragraph();

    public AccessDeniedView() {
        addClassName("message-page");
        setId("access-denied");
        reason.setId("access-denied-reason");
        add(new H2("Access denied"), reason, new Anchor("", "Back to the dashboard"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : DEFAULT_MESSAGE;
        reason.setText(message == null || message.isBlank() ? DEFAULT_MESSAGE : message);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
