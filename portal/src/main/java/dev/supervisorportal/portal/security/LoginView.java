package dev.supervisorportal.portal.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.i18n.LanguageSelect;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.supervisorportal.portal.i18n.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

import java.util.Optional;

/**
 * Sign-in: the password form (the portal's own accounts, or LDAP) and, when an OpenID Connect provider is configured,
 * a "Sign in with …" button, which is alone on the page when no password sign-in is offered. On the demo it lists
 * the demo accounts, so a first-time visitor can get in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph singleSignOnError = new Paragraph();

    LoginView(Environment environment, UserAccounts users, ObjectProvider<SingleSignOn> singleSignOn) {
        addClassName("login-view");
        login.setAction("login");
        login.setI18n(texts());
        login.setForgotPasswordButtonVisible(false);

        var title = new H1("Supervisor Portal");
        var subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        var language = new LanguageSelect(users, false);
        language.addClassName("login-language");
        var card = new Div(language, title, subtitle);
        card.addClassName("login-card");
        boolean passwords = passwordSignInOffered(environment);
        if (passwords) {
            card.add(login);
        }
        singleSignOn.ifAvailable(sso -> card.add(singleSignOnButton(sso, passwords)));
        singleSignOnError.setId("sso-error");
        singleSignOnError.addClassName("sso-error");
        singleSignOnError.getElement().setAttribute("role", "alert");
        singleSignOnError.setVisible(false);
        card.add(singleSignOnError);
        if (passwords && environment.matchesProfiles("demo")) {
            card.add(demoAccounts());
        }
        add(card);
    }

    /** The portal's own accounts ({@code portal.local-accounts.enabled}, the default) or a directory's. */
    private static boolean passwordSignInOffered(Environment environment) {
        return environment.getProperty("portal.local-accounts.enabled", Boolean.class, true)
                || environment.matchesProfiles("ldap");
    }

    private Div singleSignOnButton(SingleSignOn sso, boolean besideTheForm) {
        String text = sso.settings().providerName().map(name -> getTranslation("sso.sign-in-with", name))
                .orElseGet(() -> getTranslation("sso.sign-in"));
        // A full page load: Spring Security answers it with the redirect to the provider.
        var button = new Button(text, VaadinIcon.KEY.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(sso.signInPath())));
        button.setId("sso-sign-in");
        button.addThemeVariants(besideTheForm ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        var box = new Div();
        box.addClassName("sso-box");
        if (besideTheForm) {
            var or = new Span(getTranslation("sso.or"));
            or.addClassName("sso-or");
            box.add(or);
        }
        box.add(button);
        return box;
    }

    private Div demoAccounts() {
        var note = new Div(new Span(getTranslation("login.demo-accounts")),
                new Paragraph(getTranslation("login.demo-admin")),
                new Paragraph(getTranslation("login.demo-alice")),
                new Paragraph(getTranslation("login.demo-bob")));
        note.addClassName("demo-accounts");
        note.setId("demo-accounts");
        return note;
    }

    /** The sign-in form's own words in the page's language. */
    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey(SecurityConfig.EXPIRED_PARAMETER)) {
            showError("login.expired.title", "login.expired.message");
        } else if (query.containsKey("error")) {
            showError("login.error.title", "login.error.message");
        }
        if (query.containsKey("sso-failed")) {
            singleSignOnFailure().ifPresent(reason -> {
                singleSignOnError.setText(reason);
                singleSignOnError.setVisible(true);
            });
        }
    }

    private void showError(String titleKey, String messageKey) {
        LoginI18n i18n = texts();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey));
        login.setI18n(i18n);
        login.setError(true);
    }

    /** Why the provider's sign-in failed, as Spring Security left it in the session: the portal's refusal or the flow's. */
    private static Optional<String> singleSignOnFailure() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(request -> request.getWrappedSession(false))
                .map(session -> session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .filter(AuthenticationException.class::isInstance)
                .map(failure -> failure instanceof SignInRefused refused ? Texts.of(refused.reason())
                        : Texts.t("sso.failed", failure instanceof OAuth2AuthenticationException oauth
                        ? oauth.getError().getErrorCode() : failure.getClass().getSimpleName()));
    }
}
