package dev.supervisorportal.portal.volumes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.quota.PolicyShare;
import dev.supervisorportal.backend.volumes.PvcView;
import dev.supervisorportal.backend.volumes.UpdatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeService;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.Notices;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.function.Supplier;

/**
 * A namespace's persistent volume claims: size, policy, zone, whether a datastore holds them and what they are
 * attached to; for editors a create form with its what-if, and per claim Attach…/Detach, Grow… and Delete. Above the
 * claims, the namespace's storage per policy and zone (its limit of its own, if any, and use). Reads again after every
 * change anywhere ({@link AutoRefresh}), so a claim the reconciler binds shows its datastore without a reload.
 */
public class VolumesPanel extends Div {

    private final VolumeService volumes;
    private final String namespace;
    private final boolean mayEdit;
    private final Supplier<List<PolicyShare>> policyShares;
    private final AttachTargets targets;
    private final Confirmer confirm;
    private final ErrorBanner banner = new ErrorBanner("pvcs-error");
    private final Grid<PvcView> grid = new Grid<>();
    private final Grid<PolicyShare> policyGrid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private List<PvcView> shown;
    private IntConsumer countShown = count -> { };

    /**
     * @param policies     the storage policies the namespace may use
     * @param zones        the Supervisor's zones
     * @param policyShares the namespace's storage per policy and zone, read again on each refresh
     * @param targets      the VMs and pods of a zone a claim may be attached to
     * @param confirm      asks before a deletion, as the namespace page does
     */
    public VolumesPanel(VolumeService volumes, String namespace, boolean mayEdit, List<String> policies,
                        List<String> zones, Supplier<List<PolicyShare>> policyShares, AttachTargets targets,
                        Confirmer confirm) {
        this.confirm = confirm;
        this.volumes = volumes;
        this.namespace = namespace;
        this.mayEdit = mayEdit;
        this.policyShares = policyShares;
        this.targets = targets;
        var note = new Paragraph(getTranslation("volumes.note"));
        note.addClassName("section-note");
        add(note, banner);
        if (mayEdit) {
            var create = new Button(getTranslation("volumes.create"), click -> openCreate(policies, zones));
            create.setId("create-pvc");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(create));
        }
        empty.setId("no-pvcs");
        empty.setText(getTranslation(mayEdit ? "volumes.none.may-create" : "volumes.none"));
        buildGrid();
        policyGrid.setId("policy-shares");
        policyGrid.addColumn(PolicyShare::storagePolicy).setHeader(getTranslation("volumes.policy")).setAutoWidth(true);
        policyGrid.addColumn(PolicyShare::zone).setHeader(getTranslation("volumes.zone")).setAutoWidth(true);
        policyGrid.addColumn(share -> share.limitGib() == null ? getTranslation("volumes.policy-shares.no-limit")
                : Formats.gib(share.limitGib())).setHeader(getTranslation("volumes.policy-shares.limit"));
        policyGrid.addColumn(share -> Formats.gib(share.usedGib())).setHeader(getTranslation("volumes.policy-shares.used"));
        policyGrid.setAllRowsVisible(true);
        policyGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(empty, grid, new H3(getTranslation("volumes.policy-shares.title")), policyGrid);
        refresh();
        AutoRefresh.whileShown(this, this::refresh);
    }

    /** The panel of namespace {@code name}, wired to the backend's services. */
    public static VolumesPanel of(VolumeService volumes, NamespaceService namespaces, WorkloadService workloads,
                                  InventoryService inventory, String name, boolean mayEdit,
                                  Confirmer confirm) {
        NamespaceRef namespace = namespaces.require(name, NamespaceAction.SEE, Msg.of("volumes.to-see"));
        List<String> policies = namespaces.usableCatalog(namespace).storagePolicies().stream()
                .map(CatalogItemView::name).toList();
        List<String> zones = inventory.zoneRefs().stream().map(ZoneRef::name).toList();
        return new VolumesPanel(volumes, name, mayEdit, policies, zones, () -> namespaces.storagePolicyShares(name),
                zone -> Stream.concat(
                        workloads.vms(name).stream().filter(vm -> vm.zone().equals(zone))
                                .map(vm -> new Target("VM", vm.name())),
                        workloads.pods(name).stream().map(PodView::workload).filter(pod -> pod.zone().equals(zone))
                                .map(pod -> new Target("POD", pod.name()))).toList(), confirm);
    }

    /** How many claims the panel shows. */
    public int count() {
        return shown == null ? 0 : shown.size();
    }

    /** Tells {@code listener} how many claims the panel shows, now and whenever that changes (the tab's label). */
    public void onCountShown(IntConsumer listener) {
        countShown = listener;
        listener.accept(count());
    }

    private void buildGrid() {
        grid.setId("pvcs");
        grid.addColumn(PvcView::name).setHeader(getTranslation("volumes.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PvcView::storagePolicy).setHeader(getTranslation("volumes.policy")).setAutoWidth(true);
        grid.addColumn(pvc -> Formats.gib(pvc.storageGib())).setHeader(getTranslation("volumes.size")).setAutoWidth(true);
        grid.addColumn(PvcView::zone).setHeader(getTranslation("volumes.zone")).setAutoWidth(true);
        grid.addColumn(VolumesPanel::status).setHeader(getTranslation("volumes.status")).setFlexGrow(2);
        grid.addColumn(pvc -> pvc.datastore() == null ? "—" : pvc.datastore())
                .setHeader(getTranslation("volumes.datastore")).setAutoWidth(true);
        grid.addColumn(VolumesPanel::attachedTo).setHeader(getTranslation("volumes.attached-to")).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(this::actionsFor).setHeader(getTranslation("volumes.actions")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** "BOUND" or "PENDING: No datastore of zone-a can take it: …". */
    static String status(PvcView pvc) {
        String status = Texts.t("volumes.status." + pvc.status().name().toLowerCase());
        return pvc.statusReason() == null ? status : Texts.t("volumes.status-with-reason", status,
                Texts.of(pvc.statusReason()));
    }

    /** "VM web-1", or a dash. */
    static String attachedTo(PvcView pvc) {
        return pvc.attachedTo() == null ? "—"
                : Texts.t("volumes.attached." + pvc.attachedTo().kind().toLowerCase(), pvc.attachedTo().name());
    }

    /** The row's buttons: Attach… or Detach, Grow…, Delete. */
    HorizontalLayout actionsFor(PvcView pvc) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("row-actions");
        if (pvc.attachedTo() == null) {
            row.add(button("attach-pvc-", pvc, "volumes.attach", () -> new AttachDialog(pvc,
                    targets.inZone(pvc.zone()), target -> volumes.update(namespace, pvc.name(),
                    UpdatePvcCommand.attach(target.kind(), target.name(), pvc.version())), this::changed).open()));
        } else {
            row.add(button("detach-pvc-", pvc, "volumes.detach", () -> act(() -> {
                volumes.update(namespace, pvc.name(), UpdatePvcCommand.detachIt(pvc.version()));
                return getTranslation("volumes.detached", pvc.name(), attachedTo(pvc));
            })));
        }
        row.add(button("grow-pvc-", pvc, "volumes.grow", () -> new GrowDialog(pvc,
                gib -> VolumeVerdicts.answer(volumes.previewGrow(namespace, pvc.name(), gib)),
                gib -> volumes.update(namespace, pvc.name(), UpdatePvcCommand.grow(gib, pvc.version())),
                this::changed).open()));
        var delete = button("delete-pvc-", pvc, "volumes.delete", () -> confirmDelete(pvc));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        row.add(delete);
        return row;
    }

    private Button button(String idPrefix, PvcView pvc, String labelKey, Runnable action) {
        var button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(idPrefix + pvc.name());
        button.getElement().setAttribute("aria-label", getTranslation(labelKey + ".aria-label", pvc.name()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openCreate(List<String> policies, List<String> zones) {
        var form = new PvcForm(policies, zones);
        var dialog = new Dialog();
        dialog.setId("create-pvc-dialog");
        dialog.setHeaderTitle(getTranslation("volumes.create.title", namespace));
        dialog.setWidth("min(90vw, 48rem)");
        form.setWhatIf(command -> VolumeVerdicts.answer(volumes.previewCreate(namespace, command)));
        form.addSubmitListener(command -> form.send(() -> volumes.create(namespace, command)).ifPresent(pvc -> {
            dialog.close();
            changed(getTranslation("volumes.created", pvc.name(), pvc.zone(), Formats.gib(pvc.storageGib())));
        }));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("volumes.cancel"), click -> dialog.close()));
        dialog.open();
    }

    private void confirmDelete(PvcView pvc) {
        confirm.ask(getTranslation("volumes.delete.title", pvc.name()), getTranslation("volumes.delete.text",
                Formats.gib(pvc.storageGib()), pvc.storagePolicy(), pvc.zone()),
                getTranslation("volumes.delete.confirm"), () -> act(() -> {
                    volumes.delete(namespace, pvc.name());
                    return getTranslation("volumes.deleted", pvc.name(), Formats.gib(pvc.storageGib()));
                }));
    }

    /** Runs a change; says what it did, or shows the refusal in the panel's banner. */
    private void act(Supplier<String> change) {
        try {
            changed(change.get());
        } catch (ConflictException | NotFoundException refused) {
            banner.show(Texts.reason(refused));
            refresh();
        }
    }

    private void changed(String done) {
        banner.clear();
        Notices.success(done);
        refresh();
    }

    /** Shows the claims and the policies' use as they are now; leaves the grids alone when nothing changed. */
    void refresh() {
        List<PvcView> now = volumes.claims(namespace);
        if (!now.equals(shown)) {
            shown = now;
            grid.setItems(now);
            grid.setVisible(!now.isEmpty());
            empty.setVisible(now.isEmpty());
            countShown.accept(now.size());
        }
        List<PolicyShare> shares = policyShares.get();
        policyGrid.setItems(shares);
        policyGrid.setVisible(!shares.isEmpty());
    }

    /** The VMs and vSphere Pods of a zone a claim there may be attached to. */
    @FunctionalInterface
    public interface AttachTargets {
        List<Target> inZone(String zone);
    }

    /** Asks before an action that cannot be undone, and runs it only when confirmed. */
    @FunctionalInterface
    public interface Confirmer {
        void ask(String header, String text, String confirmText, Runnable confirmed);
    }

    /** A VM or pod a claim may be attached to: kind {@code VM} or {@code POD}, and its name. */
    public record Target(String kind, String name) {
    }
}
