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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;

/** Sign-in. On the demo it lists the demo accounts, so a first-time visitor can get in. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(Environment environment, UserAccounts users) {
        addClassName("login-view");
        login.setAction("login");
        login.setI18n(texts());
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SecurityConfig.EXPIRED_PARAMETER)) {
            showError("login.expired.title", "login.expired.message");
        } else if (parameters.containsKey("error")) {
            showError("login.error.title", "login.error.message");
        }
    }

    private void showError(String titleKey, String messageKey) {
        LoginI18n i18n = texts();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey));
        login.setI18n(i18n);
        login.setError(true);
    }
}
