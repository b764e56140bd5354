package dev.supervisorportal.portal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address or an object that does not exist. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph reason = new Paragraph();

    public NotFoundView() {
        addClassName("message-page");
        setId("not-found");
        add(new H2(getTranslation("layout.not-found.title")), reason,
                new Anchor("", getTranslation("layout.back-to-dashboard")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        reason.setText(parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : getTranslation("layout.not-found.no-page", event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.not-found.title");
    }
}
