package dev.supervisorportal.portal.approvals;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.namespaces.NamespaceDetailView;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * The admins' approval queue: namespace requests and, beside them, quota requests. Each is approved as asked,
 * approved with adjusted limits, or rejected with a reason; nobody decides on their own request. The queue shows
 * requests as they are sent and decided, pushed to the page.
 */
@Route("approvals")
@RolesAllowed("ADMIN")
public class ApprovalsView extends Main implements HasDynamicTitle {

    private final NamespaceRequestService requests;
    private final QuotaRequestService quotaRequests;
    private final String me;
    private final CatalogService catalog;
    private final Grid<NamespaceRequestView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph(getTranslation("approvals.none-namespace"));
    private final Grid<QuotaRequestView> quotaGrid = new Grid<>();
    private final Paragraph noQuotaRequests = new Paragraph(getTranslation("approvals.none-quota"));

    ApprovalsView(NamespaceRequestService requests, QuotaRequestService quotaRequests, UserAccounts users,
                  CatalogService catalog) {
        this.catalog = catalog;
        this.requests = requests;
        this.quotaRequests = quotaRequests;
        this.me = users.current().username();
        addClassName("page");
        grid.setId("pending-requests");
        grid.addColumn(NamespaceRequestView::namespaceName).setHeader(getTranslation("approvals.column.namespace"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NamespaceRequestView::requestedBy).setHeader(getTranslation("approvals.column.requested-by"))
                .setAutoWidth(true);
        grid.addColumn(request -> Formats.mhz(request.requested().cpuMhz())).setHeader(getTranslation("approvals.cpu"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> Formats.mib(request.requested().memoryMib()))
                .setHeader(getTranslation("approvals.memory")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> Formats.gib(request.requested().storageGib()))
                .setHeader(getTranslation("approvals.storage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> Texts.of(request.requestedCounts().text()))
                .setHeader(getTranslation("approvals.counts")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(NamespaceRequestView::justification).setHeader(getTranslation("approvals.column.justification"))
                .setWidth("10em").setFlexGrow(1);
        grid.addColumn(request -> Formats.dateTime(request.submittedAt()))
                .setHeader(getTranslation("approvals.column.sent"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("approvals.column.decision")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        empty.setId("no-pending-requests");

        quotaGrid.setId("pending-quota-requests");
        quotaGrid.addComponentColumn(request -> new RouterLink(request.namespaceName(), NamespaceDetailView.class,
                new RouteParameters("name", request.namespaceName())))
                .setHeader(getTranslation("approvals.column.namespace"))
                .setFlexGrow(1);
        quotaGrid.addComponentColumn(request -> {
            var sent = new Div(Formats.dateTime(request.submittedAt()));
            sent.addClassName("section-note");
            return new Div(new Div(request.requestedBy()), sent);
        }).setHeader(getTranslation("approvals.column.requested")).setAutoWidth(true).setFlexGrow(0);
        quotaGrid.addComponentColumn(ApprovalsView::changes).setHeader(getTranslation("approvals.column.limits"))
                .setWidth("21em").setFlexGrow(0);
        quotaGrid.addColumn(QuotaRequestView::justification).setHeader(getTranslation("approvals.column.justification"))
                .setFlexGrow(2);
        quotaGrid.addComponentColumn(this::quotaActions).setHeader(getTranslation("approvals.column.decision"))
                .setAutoWidth(true).setFlexGrow(0);
        quotaGrid.setAllRowsVisible(true);
        quotaGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        noQuotaRequests.setId("no-pending-quota-requests");

        var quotaNote = new Paragraph(getTranslation("approvals.quota-note"));
        quotaNote.addClassName("section-note");
        add(new Paragraph(getTranslation("approvals.intro")),
                new H2(getTranslation("approvals.namespace-requests")), grid, empty,
                new H2(getTranslation("approvals.quota-requests")), quotaNote, quotaGrid, noQuotaRequests);
        refresh();
        AutoRefresh.whileShown(this, this::refresh);
    }

    /** One line per resource: "CPU 36,000 MHz → 60,000 MHz", "Memory 98,304 MiB, unchanged". */
    private static Div changes(QuotaRequestView request) {
        var lines = new Div(change(Texts.t("approvals.cpu"), request, Limits::cpuMhz, Formats::mhz),
                change(Texts.t("approvals.memory"), request, Limits::memoryMib, Formats::mib),
                change(Texts.t("approvals.storage"), request, Limits::storageGib, Formats::gib));
        if (!request.requestedCounts().equals(request.currentCounts())) {
            var counts = new Div(new Span(Texts.t("approvals.counts")), new Span(Texts.t("approvals.limit.changed",
                    Texts.of(request.currentCounts().text()), Texts.of(request.requestedCounts().text()))));
            counts.addClassName("changed");
            lines.add(counts);
        }
        lines.addClassName("limit-changes");
        return lines;
    }

    private static Div change(String resource, QuotaRequestView request, ToLongFunction<Limits> amount,
                              LongFunction<String> format) {
        long now = amount.applyAsLong(request.currentLimits());
        long asked = amount.applyAsLong(request.requested());
        var line = new Div(new Span(resource), new Span(now == asked
                ? Texts.t("approvals.limit.unchanged", format.apply(now))
                : Texts.t("approvals.limit.changed", format.apply(now), format.apply(asked))));
        if (now != asked) {
            line.addClassName("changed");
        }
        return line;
    }

    private HorizontalLayout actions(NamespaceRequestView request) {
        return decisionButtons("actions-" + request.namespaceName(), request.requestedBy(),
                () -> {
                    requests.approve(request.id());
                    done(getTranslation("approvals.approved", request.namespaceName()));
                },
                () -> openAdjust(request),
                () -> openReject(request));
    }

    private HorizontalLayout quotaActions(QuotaRequestView request) {
        return decisionButtons("quota-actions-" + request.namespaceName(), request.requestedBy(),
                () -> {
                    quotaRequests.approve(request.id());
                    done(getTranslation("approvals.quota-approved", request.namespaceName(),
                            Formats.limits(request.requested())));
                },
                () -> openAdjust(request),
                () -> openReject(request));
    }

    private HorizontalLayout decisionButtons(String id, String requestedBy, Runnable approveAsAsked, Runnable adjust,
                                             Runnable reject) {
        var approve = new Button(getTranslation("approvals.approve"), click -> approveAsAsked.run());
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        var adjustButton = new Button(getTranslation("approvals.adjust"), click -> adjust.run());
        adjustButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var rejectButton = new Button(getTranslation("approvals.reject"), click -> reject.run());
        rejectButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        var buttons = new HorizontalLayout(approve, adjustButton, rejectButton);
        buttons.setSpacing(true);
        buttons.setId(id);
        if (requestedBy.equals(me)) {
            // The service refuses too; here the admin sees why before trying.
            List.of(approve, adjustButton, rejectButton).forEach(button -> {
                button.setEnabled(false);
                button.setTooltipText(getTranslation("approvals.own-request"));
            });
        }
        return buttons;
    }

    private void openAdjust(NamespaceRequestView request) {
        var dialog = new AdjustLimitsDialog(getTranslation("approvals.adjust.title", request.namespaceName()),
                request.requestedBy(), request.requested(), request.requestedCounts(), null, d -> {
            try {
                requests.approveWithPolicyLimits(request.id(), new NamespaceRequestService.Adjusted(d.value(d.cpuMhz),
                        d.value(d.memoryMib), d.value(d.storageGib), d.counts.value()), d.policyLimits());
                d.close();
                done(getTranslation("approvals.adjusted", request.namespaceName()));
            } catch (InvalidInputException | ConflictException refused) {
                d.showProblems(refused.problems());
            }
        });
        dialog.offerPolicyLimit(catalog.catalog().storagePolicies().stream().map(CatalogItemView::name).toList());
        dialog.open();
    }

    private void openAdjust(QuotaRequestView request) {
        var dialog = new AdjustLimitsDialog(getTranslation("approvals.quota-adjust.title", request.namespaceName()),
                request.requestedBy(), request.requested(), request.requestedCounts(),
                getTranslation("approvals.quota-adjust.now", Formats.limits(request.currentLimits())), d -> {
            try {
                quotaRequests.approveAdjusted(request.id(), d.value(d.cpuMhz), d.value(d.memoryMib),
                        d.value(d.storageGib), d.counts.value());
                d.close();
                done(getTranslation("approvals.quota-adjusted", request.namespaceName()));
            } catch (InvalidInputException | ConflictException refused) {
                d.showProblems(refused.problems());
            }
        });
        dialog.open();
    }

    private void openReject(NamespaceRequestView request) {
        openReject(getTranslation("approvals.reject.title", request.namespaceName()), request.requestedBy(),
                reason -> requests.reject(request.id(), reason),
                getTranslation("approvals.rejected", request.namespaceName()));
    }

    private void openReject(QuotaRequestView request) {
        openReject(getTranslation("approvals.quota-reject.title", request.namespaceName()), request.requestedBy(),
                reason -> quotaRequests.reject(request.id(), reason),
                getTranslation("approvals.quota-rejected", request.namespaceName()));
    }

    /** Asks for the reason; a reason the backend refuses stays in the dialog with the backend's words. */
    private void openReject(String title, String requestedBy, Consumer<String> reject, String rejected) {
        new RejectDialog(title, requestedBy, d -> {
            try {
                reject.accept(d.reason.getValue());
                d.close();
                done(rejected);
            } catch (InvalidInputException invalid) {
                d.showProblem(Texts.of(invalid.reason()));
            }
        }).open();
    }

    private void done(String message) {
        Notices.success(message);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title");
    }

    private void refresh() {
        var pending = requests.pending();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
        var pendingQuota = quotaRequests.pending();
        quotaGrid.setItems(pendingQuota);
        quotaGrid.setVisible(!pendingQuota.isEmpty());
        noQuotaRequests.setVisible(pendingQuota.isEmpty());
    }
}
