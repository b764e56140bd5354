package dev.supervisorportal.portal.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address or an object that does not exist. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends MessagePage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "layout.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        reason.setText(parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : getTranslation("layout.not-found.no-page", event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
