package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.UI;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Notices;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An admin's changes to the namespace itself, from its page: edit its limits (a dialog with a what-if) and delete it
 * (when it holds something, only after its name is typed).
 */
class NamespaceAdminActions implements NamespaceActionBar.AdminActions {

    private final NamespaceService namespaces;
    private final NamespaceDetails namespace;
    private final Runnable changed;

    /** @param changed shows the page again after a change of the limits */
    NamespaceAdminActions(NamespaceService namespaces, NamespaceDetails namespace, Runnable changed) {
        this.namespaces = namespaces;
        this.namespace = namespace;
        this.changed = changed;
    }

    @Override
    public void editLimits() {
        new EditLimitsDialog(namespace, command -> namespaces.limitsProblems(namespace.name(), command), command -> {
            namespaces.updateLimits(namespace.name(), command);
            Notices.success(Texts.t("namespaces.edit-limits.done", namespace.name()));
            changed.run();
        }).open();
    }

    @Override
    public void delete() {
        String name = namespace.name();
        String held = Arrays.stream(ObjectKind.values()).filter(kind -> namespace.count(kind) > 0)
                .map(kind -> Texts.of(kind.count(namespace.count(kind)))).collect(Collectors.joining(", "));
        if (held.isEmpty()) {
            DangerConfirm.ask(Texts.t("namespaces.delete-namespace.title", name),
                    Texts.t("namespaces.delete-namespace.text-empty", name),
                    Texts.t("namespaces.delete-namespace.confirm"), () -> deleteNow(false, null));
        } else {
            DangerConfirm.askTyped(Texts.t("namespaces.delete-namespace.title", name),
                    Texts.t("namespaces.delete-namespace.text-with", name, held),
                    Texts.t("namespaces.delete-namespace.type-name", name), name,
                    Texts.t("namespaces.delete-namespace.confirm-with"), typed -> deleteNow(true, typed));
        }
    }

    private void deleteNow(boolean withWorkloads, String typed) {
        try {
            namespaces.delete(namespace.name(), withWorkloads, typed);
        } catch (InvalidInputException | ConflictException refused) {
            Notices.error(Texts.of(refused.reason()));
            changed.run();
            return;
        }
        Notices.success(Texts.t("namespaces.delete-namespace.done", namespace.name()));
        UI.getCurrent().navigate(NamespaceListView.class);
    }
}
