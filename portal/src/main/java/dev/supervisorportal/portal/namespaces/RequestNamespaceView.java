package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import jakarta.annotation.security.PermitAll;
import dev.supervisorportal.portal.ui.Notices;


/** Where a DevOps engineer asks for a namespace. */
@Route("namespaces/request")
@PermitAll
public class RequestNamespaceView extends Main implements HasDynamicTitle {

    RequestNamespaceView(NamespaceRequestService requests, InventoryService inventory) {
        addClassName("page");
        int zoneCount = inventory.supervisor().zones().size();
        var intro = new Paragraph(getTranslation("namespaces.request.intro"));
        var form = new NamespaceRequestForm(zoneCount);
        form.addSubmitListener(event -> {
            try {
                NamespaceRequestView sent = requests.submit(event.command());
                Notices.success(getTranslation("namespaces.request.sent", sent.namespaceName()));
                getUI().ifPresent(ui -> ui.navigate(NamespaceListView.class));
            } catch (InvalidInputException | ConflictException refused) {
                form.showProblems(refused.problems());
            }
        });
        add(intro, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("namespaces.request.title");
    }
}
