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
import dev.supervisorportal.backend.security.SignInRefusedException;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.i18n.LanguageSelect;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
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
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";

    private final LoginForm login = new LoginForm();
    private final Paragraph singleSignOnError = new Paragraph();
    /** The form's words as last set (the form keeps them to itself). */
    private LoginI18n texts;

    LoginView(Environment environment, UserAccounts users, ObjectProvider<SingleSignOn> singleSignOn) {
        addClassName("login-view");
        login.setAction("login");
        texts = texts();
        login.setI18n(texts);
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

    /** The sign-in form's own words in the page's language, with the generic error of a wrong name or password. */
    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showFailure(event.getLocation().getQueryParameters());
        if (event.getLocation().getQueryParameters().getParameters().containsKey("sso-failed")) {
            singleSignOnFailure().ifPresent(reason -> {
                singleSignOnError.setText(reason);
                singleSignOnError.setVisible(true);
            });
        }
    }

    /**
     * {@code ?error}: the generic failure; {@code ?locked=<seconds>} (see {@link SignInFailureHandler}): the lock;
     * {@code ?expired}: a sign-in without the page's CSRF token.
     */
    void showFailure(QueryParameters parameters) {
        Long lockedSeconds = parameters.getSingleParameter(SignInFailureHandler.LOCKED)
                .filter(seconds -> seconds.matches("\\d{1,9}"))
                .map(Long::valueOf)
                .orElse(null);
        boolean expired = parameters.getParameters().containsKey(SecurityConfig.EXPIRED_PARAMETER);
        texts = texts();
        if (lockedSeconds != null) {
            texts.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            texts.getErrorMessage().setMessage(getTranslation("login.locked.message", lockedSeconds));
        } else if (expired) {
            texts.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            texts.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        } else {
            // A refusal the person should read (the directory is down, the name is another account's).
            signInFailure().filter(SignInRefusedException.class::isInstance).map(SignInRefusedException.class::cast)
                    .ifPresent(refused -> {
                        texts.getErrorMessage().setTitle(getTranslation("login.refused.title"));
                        texts.getErrorMessage().setMessage(Texts.of(refused.reason()));
                    });
        }
        login.setI18n(texts);
        login.setError(lockedSeconds != null || expired || parameters.getParameters().containsKey("error"));
    }

    boolean showsError() {
        return login.isError();
    }

    LoginI18n.ErrorMessage error() {
        return texts.getErrorMessage();
    }

    /** Why the provider's sign-in failed, as Spring Security left it in the session: the portal's refusal or the flow's. */
    private static Optional<String> singleSignOnFailure() {
        return signInFailure()
                .map(failure -> failure instanceof SignInRefused refused ? Texts.of(refused.reason())
                        : Texts.t("sso.failed", failure instanceof OAuth2AuthenticationException oauth
                        ? oauth.getError().getErrorCode() : failure.getClass().getSimpleName()));
    }

    /** The last failed sign-in of this session, as Spring Security's failure handlers left it there. */
    private static Optional<AuthenticationException> signInFailure() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(request -> request.getWrappedSession(false))
                .map(session -> session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .filter(AuthenticationException.class::isInstance).map(AuthenticationException.class::cast);
    }
}
