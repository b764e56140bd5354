package dev.supervisorportal.portal.signin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.signin.SignInLock;
import dev.supervisorportal.backend.signin.SignInThrottle;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/** Account names and client addresses locked after failed sign-ins, until when, and a button to lift each lock. */
@Route("sign-in-locks")
@RolesAllowed("ADMIN")
public class SignInLocksView extends Main implements HasDynamicTitle {

    private final SignInThrottle throttle;
    private final Grid<SignInLock> grid = new Grid<>();
    private final ErrorBanner banner = new ErrorBanner("sign-in-locks-error");

    SignInLocksView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("page");
        grid.setId("sign-in-locks");
        grid.addColumn(lock -> getTranslation("sign-in-locks.kind." + lock.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("sign-in-locks.column.kind")).setAutoWidth(true);
        grid.addColumn(SignInLock::name).setHeader(getTranslation("sign-in-locks.column.name")).setFlexGrow(1);
        grid.addColumn(lock -> Formats.number(lock.failures()))
                .setHeader(getTranslation("sign-in-locks.column.failures")).setAutoWidth(true);
        grid.addColumn(lock -> Formats.dateTime(lock.until())).setHeader(getTranslation("sign-in-locks.column.until"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::unlockButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("sign-in-locks.none"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("sign-in-locks.note")), banner, grid);
        refresh();
    }

    private Button unlockButton(SignInLock lock) {
        var unlock = new Button(getTranslation("sign-in-locks.unlock"), VaadinIcon.UNLOCK.create(),
                click -> unlock(lock));
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        unlock.setAriaLabel(getTranslation("sign-in-locks.unlock-name", lock.name()));
        return unlock;
    }

    void unlock(SignInLock lock) {
        try {
            throttle.unlock(lock.kind(), lock.name());
            banner.clear();
            Notices.success(getTranslation("sign-in-locks.unlocked", lock.name()));
        } catch (NotFoundException gone) {
            // It ended by itself, or another admin lifted it, since the page was drawn.
            banner.show(Texts.reason(gone));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(throttle.locks());
    }

    String error() {
        return banner.message();
    }

    List<SignInLock> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in-locks.title");
    }
}
