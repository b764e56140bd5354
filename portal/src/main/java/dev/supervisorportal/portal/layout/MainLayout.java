package dev.supervisorportal.portal.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.i18n.LanguageSelect;
import dev.supervisorportal.portal.i18n.Texts;

/** The frame around every view: navigation by role, the view's title, the theme switch, who is signed in, sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, UserAccounts users) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle, new LanguageSelect(users, true), new ThemeToggle());

        var brand = new Div(VaadinIcon.CLUSTER.create(), new Span("Supervisor Portal"));
        brand.addClassName("brand");
        addToDrawer(brand, new Scroller(navigation(authentication)), userBox(authentication));
    }

    private static SideNav navigation(AuthenticationContext authentication) {
        var nav = new SideNav();
        nav.addItem(new SideNavItem(Texts.t("layout.nav.dashboard"), "", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(Texts.t("layout.nav.namespaces"), "namespaces", VaadinIcon.FOLDER_O.create()));
        nav.addItem(new SideNavItem(Texts.t("layout.nav.request-namespace"), "namespaces/request", VaadinIcon.PLUS_CIRCLE_O.create()));
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(Texts.t("layout.nav.approvals"), "approvals", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(Texts.t("layout.nav.hosts"), "hosts", VaadinIcon.SERVER.create()));
            nav.addItem(new SideNavItem(Texts.t("layout.nav.audit"), "audit", VaadinIcon.RECORDS.create()));
            nav.addItem(new SideNavItem(Texts.t("layout.nav.sign-in-locks"), "sign-in-locks", VaadinIcon.LOCK.create()));
        }
        return nav;
    }

    private static Div userBox(AuthenticationContext authentication) {
        var box = new Div();
        box.addClassName("user-box");
        authentication.getPrincipalName().ifPresent(name -> {
            var who = new Span(name);
            who.setId("signed-in-user");
            var role = new Span(authentication.hasRole("ADMIN") ? Texts.t("layout.role.admin") : Texts.t("layout.role.devops"));
            role.addClassName("user-role");
            var signOut = new Button(Texts.t("layout.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(new Div(who, role), signOut);
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() == null ? "" : titleOf(getContent()));
    }

    private static String titleOf(Object view) {
        if (view instanceof HasViewTitle titled) {
            return titled.viewTitle();
        }
        return view instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
    }
}
