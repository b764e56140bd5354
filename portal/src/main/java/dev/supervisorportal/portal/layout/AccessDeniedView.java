package dev.supervisorportal.portal.layout;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a view the user may not open: says so plainly, and shows none of the data. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "layout.access-denied.title");
        reason.setId("access-denied-reason");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        reason.setText(message == null || message.isBlank() ? getTranslation("layout.access-denied.admins-only")
                : message);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
