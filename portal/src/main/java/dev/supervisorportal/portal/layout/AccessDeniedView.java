package dev.supervisorportal.portal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the user may not open: says so plainly, and shows none of the data. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final Paragraph reason = new Paragraph();

    public AccessDeniedView() {
        addClassName("message-page");
        setId("access-denied");
        reason.setId("access-denied-reason");
        add(new H2(getTranslation("layout.access-denied.title")), reason,
                new Anchor("", getTranslation("layout.back-to-dashboard")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        reason.setText(message == null || message.isBlank() ? getTranslation("layout.access-denied.admins-only")
                : message);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.access-denied.title");
    }
}
