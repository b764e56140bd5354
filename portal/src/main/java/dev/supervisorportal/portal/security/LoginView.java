package dev.supervisorportal.portal.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.i18n.LanguageSelect;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;

/** Sign-in. On the demo it lists the demo accounts, so a first-time visitor can get in. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login";

    private final LoginForm login = new LoginForm();
    /** The form's words as last set (the form keeps them to itself). */
    private LoginI18n texts;

    LoginView(Environment environment, UserAccounts users) {
        addClassName("login-view");
        login.setAction("login");
        showTexts(null);
        login.setForgotPasswordButtonVisible(false);

        var title = new H1("Supervisor Portal");
        var subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        var language = new LanguageSelect(users, false);
        language.addClassName("login-language");
        var card = new Div(language, title, subtitle, login);
        card.addClassName("login-card");
        if (environment.matchesProfiles("demo")) {
            card.add(demoAccounts());
        }
        add(card);
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

    /** The sign-in form's own words in the page's language; while locked, when to try again instead of the error. */
    private LoginI18n texts(Long lockedSeconds) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        if (lockedSeconds == null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", lockedSeconds));
        }
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showFailure(event.getLocation().getQueryParameters());
    }

    /** {@code ?error}: the generic failure; {@code ?locked=<seconds>} (see {@link SignInFailureHandler}): the lock. */
    void showFailure(QueryParameters parameters) {
        Long lockedSeconds = parameters.getSingleParameter(SignInFailureHandler.LOCKED)
                .filter(seconds -> seconds.matches("\\d{1,9}"))
                .map(Long::valueOf)
                .orElse(null);
        showTexts(lockedSeconds);
        login.setError(lockedSeconds != null || parameters.getParameters().containsKey("error"));
    }

    private void showTexts(Long lockedSeconds) {
        texts = texts(lockedSeconds);
        login.setI18n(texts);
    }

    boolean showsError() {
        return login.isError();
    }

    LoginI18n.ErrorMessage error() {
        return texts.getErrorMessage();
    }
}
