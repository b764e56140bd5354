package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Div;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Notices;

/**
 * The namespace page's permissions tab: the {@link PermissionsPanel}, with controls for those the backend lets
 * manage permissions, and what its events ask of the backend. A change may change what the user may do on the whole
 * page (an owner who makes themselves a viewer), so after one the page shows itself again ({@code changed}); a
 * refusal keeps the page and shows why, with the permissions as they are now.
 */
class PermissionsTab extends Div {

    private final NamespaceService namespaces;
    private final String name;
    private final Runnable changed;
    PermissionsPanel panel;

    PermissionsTab(NamespaceService namespaces, NamespaceDetails namespace, Runnable changed) {
        this.namespaces = namespaces;
        this.name = namespace.name();
        this.changed = changed;
        show(namespace);
    }

    private void show(NamespaceDetails namespace) {
        removeAll();
        panel = new PermissionsPanel(namespace.permissions(), namespace.allows(NamespaceAction.MANAGE_PERMISSIONS));
        panel.addGrantListener(this::grant);
        panel.addRevokeListener(this::confirmRevoke);
        add(panel);
    }

    private void grant(PermissionsPanel.GrantEvent event) {
        try {
            namespaces.grant(name, event.subjectType(), event.subject(), event.role());
        } catch (InvalidInputException | ConflictException refusal) {
            FieldProblem first = refusal.problems().getFirst();
            if (event.fromGrantForm()) {
                // The grant form keeps what was typed.
                panel.refused(event, first.field(), Texts.of(first.message()));
            } else {
                refused(Texts.of(first.message()));
            }
            return;
        }
        Notices.success(getTranslation("namespaces.granted", event.subject(), PermissionsPanel.role(event.role()),
                name));
        changed.run();
    }

    private void confirmRevoke(PermissionsPanel.RevokeEvent event) {
        NamespaceDetails.Permission permission = event.permission();
        DangerConfirm.ask(getTranslation("namespaces.revoke.title", permission.subject()),
                getTranslation("namespaces.revoke.text", PermissionsPanel.subjectType(permission.subjectType()),
                        permission.subject(), PermissionsPanel.role(permission.role()), name),
                getTranslation("namespaces.revoke.confirm"), () -> revoke(permission));
    }

    private void revoke(NamespaceDetails.Permission permission) {
        try {
            namespaces.revoke(name, permission.subjectType(), permission.subject());
        } catch (ConflictException | InvalidInputException | NotFoundException refused) {
            refused(Texts.reason(refused));
            return;
        }
        Notices.success(getTranslation("namespaces.revoke.done", permission.subject()));
        changed.run();
    }

    /** The permissions as they are now, which a refused role change or removal did not change, and why. */
    private void refused(String why) {
        show(namespaces.details(name));
        panel.banner.show(why);
    }
}
