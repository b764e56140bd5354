package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.portal.layout.HasViewTitle;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.PermitAll;


/** Where an editor of a namespace asks an admin for new limits. */
@Route("namespaces/:name/quota/request")
@PermitAll
public class RequestQuotaView extends Main implements BeforeEnterObserver, HasViewTitle, HasDynamicTitle {

    private final NamespaceService namespaces;
    private final QuotaRequestService quotaRequests;
    private String title = "Request more quota";

    RequestQuotaView(NamespaceService namespaces, QuotaRequestService quotaRequests) {
        this.namespaces = namespaces;
        this.quotaRequests = quotaRequests;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = NamespacePages.namespaceName(event);
        NamespacePages.showOrRefuse(event,
                () -> show(namespaces.require(name, PermissionRole.EDIT, "to ask for more quota")));
    }

    private void show(NamespaceRef namespace) {
        removeAll();
        title = "Request more quota for " + namespace.name();
        NamespaceDetails details = namespaces.details(namespace.name());
        Limits used = details.zones().stream().map(ZoneShare::used).reduce(Limits.NONE, Limits::plus);
        var form = new QuotaRequestForm(details.limits(), used, details.zones().size());
        form.addSubmitListener(command -> form.send(() -> quotaRequests.submit(namespace.name(), command))
                .ifPresent(sent -> {
                    NamespacePages.success("Quota request for " + namespace.name() + " sent: "
                            + Formats.limits(sent.requested()) + ". An admin will approve or reject it.");
                    NamespacePages.returnTo(namespace.name(), NamespaceDetailView.TAB_QUOTA_REQUESTS);
                }));
        add(NamespacePages.backLink(namespace.name()),
                new Paragraph("New CPU, memory and storage limits for the whole namespace. Leave a limit as it is "
                        + "to keep it."));
        quotaRequests.forNamespace(namespace.name()).stream()
                .filter(request -> request.status() == RequestStatus.PENDING).findFirst()
                .ifPresent(waiting -> form.banner.show("A request for " + Formats.limits(waiting.requested())
                        + " from " + waiting.requestedBy() + " is waiting for approval; an admin has to decide on it "
                        + "before another one can be sent."));
        add(form);
    }

    @Override
    public String viewTitle() {
        return title;
    }

    @Override
    public String getPageTitle() {
        return title + " · Supervisor Portal";
    }
}
