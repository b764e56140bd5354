package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.Permission;
import dev.supervisorportal.backend.namespaces.NamespaceDetails.SubjectType;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.ErrorBanner;

import java.util.List;

/**
 * Who may do what in a namespace. Owners and admins also get the controls: change a role, remove one, grant one to
 * a user or a team. The panel only fires {@link GrantEvent}s and {@link RevokeEvent}s; the view asks the backend,
 * which keeps the last owner, and hands refusals back to {@link #refused}.
 */
class PermissionsPanel extends Div {

    final Grid<Permission> grid = new Grid<>();
    final RadioButtonGroup<SubjectType> subjectType =
            new RadioButtonGroup<>(getTranslation("namespaces.permissions.grant-to"));
    final TextField subject = new TextField(getTranslation("namespaces.permissions.subject"));
    final Select<PermissionRole> role = new Select<>();
    final Button grant = new Button(getTranslation("namespaces.permissions.grant"), VaadinIcon.PLUS.create());
    final ErrorBanner banner = new ErrorBanner("permissions-error");

    PermissionsPanel(List<Permission> permissions, boolean mayManage) {
        addClassName("permissions-panel");
        grid.setId("permissions");
        grid.addColumn(Permission::subject).setHeader(getTranslation("namespaces.permissions.column.subject"))
                .setFlexGrow(2);
        grid.addColumn(permission -> subjectType(permission.subjectType()))
                .setHeader(getTranslation("namespaces.permissions.column.kind"));
        if (mayManage) {
            grid.addComponentColumn(this::roleChoice).setHeader(getTranslation("namespaces.permissions.role"))
                    .setAutoWidth(true);
            grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(permission -> role(permission.role()))
                    .setHeader(getTranslation("namespaces.permissions.role"));
        }
        grid.setItems(permissions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        var roles = new Span(getTranslation("namespaces.permissions.roles-explained"));
        roles.addClassName("section-note");
        add(banner, grid, roles);
        if (mayManage) {
            add(new H3(getTranslation("namespaces.permissions.grant-title")), grantForm());
        }
    }

    /** A role in the user's language: VIEW, EDIT, OWNER in English; "admin" for an admin without a role. */
    static String role(PermissionRole role) {
        return role == null ? Texts.t("namespaces.role.admin") : Texts.t("namespaces.role." + role.name());
    }

    /** "user" or "team" in the user's language, as a word within a sentence or in the list. */
    static String subjectType(SubjectType type) {
        return Texts.t("namespaces.subject-type." + type.name());
    }

    private Component grantForm() {
        subjectType.setId("permission-subject-type");
        subjectType.setItems(SubjectType.USER, SubjectType.TEAM);
        subjectType.setItemLabelGenerator(type -> type == SubjectType.USER
                ? getTranslation("namespaces.permissions.user") : getTranslation("namespaces.permissions.team"));
        subjectType.setValue(SubjectType.USER);
        subject.setId("permission-subject");
        subject.setPlaceholder(getTranslation("namespaces.permissions.subject-placeholder"));
        subject.setManualValidation(true);
        subject.addValueChangeListener(change -> subject.setInvalid(false));
        role.setId("permission-role");
        role.setLabel(getTranslation("namespaces.permissions.role"));
        role.setItems(PermissionRole.values());
        role.setItemLabelGenerator(PermissionsPanel::role);
        role.setValue(PermissionRole.VIEW);
        grant.setId("grant-permission");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClickListener(click -> {
            if (subject.getValue().isBlank()) {
                subject.setErrorMessage(getTranslation("namespaces.permissions.subject-missing"));
                subject.setInvalid(true);
                return;
            }
            fireEvent(new GrantEvent(this, subjectType.getValue(), subject.getValue().strip(), role.getValue(), true));
        });
        var form = new HorizontalLayout(subjectType, subject, role, grant);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.addClassName("grant-form");
        return form;
    }

    Select<PermissionRole> roleChoice(Permission permission) {
        var choice = new Select<PermissionRole>();
        choice.setId("role-" + permission.subjectType().name().toLowerCase() + "-" + permission.subject());
        choice.setAriaLabel(getTranslation("namespaces.permissions.role-of", permission.subject()));
        choice.setItems(PermissionRole.values());
        choice.setItemLabelGenerator(PermissionsPanel::role);
        choice.setValue(permission.role());
        choice.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != permission.role()) {
                fireEvent(new GrantEvent(this, permission.subjectType(), permission.subject(), change.getValue(), false));
            }
        });
        return choice;
    }

    Button removeButton(Permission permission) {
        var remove = new Button(getTranslation("namespaces.permissions.remove"), VaadinIcon.CLOSE_SMALL.create(),
                click -> fireEvent(new RevokeEvent(this, permission)));
        remove.setId("remove-" + permission.subjectType().name().toLowerCase() + "-" + permission.subject());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("namespaces.permissions.remove-label", permission.subject()));
        return remove;
    }

    /**
     * Shows why the backend refused: at the name field when the grant form's name was wrong, in the banner for
     * anything else (the last owner, say).
     */
    void refused(ComponentEvent<PermissionsPanel> event, String field, String message) {
        if (event instanceof GrantEvent grantEvent && grantEvent.fromGrantForm() && "subject".equals(field)) {
            subject.setErrorMessage(message);
            subject.setInvalid(true);
        } else {
            banner.show(message);
        }
    }

    Registration addGrantListener(ComponentEventListener<GrantEvent> listener) {
        return addListener(GrantEvent.class, listener);
    }

    Registration addRevokeListener(ComponentEventListener<RevokeEvent> listener) {
        return addListener(RevokeEvent.class, listener);
    }

    /** Give a user or a team a role, or change the one it has. */
    static class GrantEvent extends ComponentEvent<PermissionsPanel> {

        private final SubjectType subjectType;
        private final String subject;
        private final PermissionRole role;
        private final boolean fromGrantForm;

        GrantEvent(PermissionsPanel source, SubjectType subjectType, String subject, PermissionRole role,
                   boolean fromGrantForm) {
            super(source, false);
            this.subjectType = subjectType;
            this.subject = subject;
            this.role = role;
            this.fromGrantForm = fromGrantForm;
        }

        SubjectType subjectType() {
            return subjectType;
        }

        String subject() {
            return subject;
        }

        PermissionRole role() {
            return role;
        }

        boolean fromGrantForm() {
            return fromGrantForm;
        }
    }

    /** Take a user's or a team's permission away. */
    static class RevokeEvent extends ComponentEvent<PermissionsPanel> {

        private final Permission permission;

        RevokeEvent(PermissionsPanel source, Permission permission) {
            super(source, false);
            this.permission = permission;
        }

        Permission permission() {
            return permission;
        }
    }
}
