package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.PermitAll;

/** Where an editor of a namespace asks an admin for new limits. */
@Route("namespaces/:name/quota/request")
@PermitAll
public class RequestQuotaView extends NamespaceFormPage {

    private final QuotaRequestService quotaRequests;

    RequestQuotaView(NamespaceService namespaces, QuotaRequestService quotaRequests) {
        super(namespaces, NamespaceAction.REQUEST_QUOTA, Msg.of("namespaces.to-ask-for-quota"),
                Texts.t("namespaces.quota-request.title"));
        this.quotaRequests = quotaRequests;
    }

    @Override
    protected String titleFor(NamespaceRef namespace) {
        return getTranslation("namespaces.quota-request.title-for", namespace.name());
    }

    @Override
    protected void show(NamespaceRef namespace) {
        NamespaceDetails details = namespaces.details(namespace.name());
        Limits used = details.zones().stream().map(ZoneShare::used).reduce(Limits.NONE, Limits::plus);
        var form = new QuotaRequestForm(details.limits(), used, details.zones().size(),
                details.countLimits());
        form.addSubmitListener(command -> form.send(() -> quotaRequests.submit(namespace.name(), command))
                .ifPresent(sent -> {
                    Notices.success(getTranslation("namespaces.quota-request.sent", namespace.name(),
                            Formats.limits(sent.requested())));
                    NamespacePages.returnTo(namespace.name(), NamespaceDetailView.TAB_QUOTA_REQUESTS);
                }));
        add(NamespacePages.backLink(namespace.name()),
                new Paragraph(getTranslation("namespaces.quota-request.intro")));
        quotaRequests.forNamespace(namespace.name()).stream()
                .filter(request -> request.status() == RequestStatus.PENDING).findFirst()
                .ifPresent(waiting -> form.banner.show(getTranslation("namespaces.quota-request.waiting",
                        Formats.limits(waiting.requested()), waiting.requestedBy())));
        add(form);
    }
}
