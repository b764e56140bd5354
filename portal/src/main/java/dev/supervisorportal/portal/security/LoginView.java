package dev.supervisorportal.portal.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;

/** Sign-in. On the demo it lists the demo accounts, so a first-time visitor can get in. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Supervisor Portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(Environment environment) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var title = new H1("Supervisor Portal");
        var subtitle = new Paragraph("Self-service namespaces, VMs and Kubernetes clusters on your vSphere Supervisor.");
        subtitle.addClassName("login-subtitle");
        var card = new Div(title, subtitle, login);
        card.addClassName("login-card");
        if (environment.matchesProfiles("demo")) {
            card.add(demoAccounts());
        }
        add(card);
    }

    private static Div demoAccounts() {
        var note = new Div(new Span("Demo accounts"),
                new Paragraph("admin / admin — vSphere administrator"),
                new Paragraph("alice / alice — DevOps engineer, team-a"),
                new Paragraph("bob / bob — DevOps engineer, team-b"));
        note.addClassName("demo-accounts");
        note.setId("demo-accounts");
        return note;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
