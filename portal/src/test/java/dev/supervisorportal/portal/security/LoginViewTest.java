package dev.supervisorportal.portal.security;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The sign-in page says "wrong user name or password" after a failure, and when to try again while locked. */
class LoginViewTest {

    /** The page outside the demo; the form checks its action against the deployment's safe URL schemes. */
    static LoginView loginView() {
        DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
        when(configuration.getUrlSafeSchemes()).thenReturn(Set.of("http", "https"));
        when(VaadinService.getCurrent().getDeploymentConfiguration()).thenReturn(configuration);
        return new LoginView(new MockEnvironment(), null,
                new StaticListableBeanFactory().getBeanProvider(SingleSignOn.class));
    }

    @Nested
    @ExtendWith(PortalUi.class)
    class InEnglish {

        private final LoginView view = loginView();

        @Test
        void noFailureNoError() {
            view.showFailure(QueryParameters.empty());
            assertThat(view.showsError()).isFalse();
        }

        @Test
        void aWrongPasswordGetsTheGenericMessage() {
            view.showFailure(QueryParameters.fromString("error"));
            assertThat(view.showsError()).isTrue();
            assertThat(view.error().getTitle()).isEqualTo("Incorrect username or password");
        }

        @Test
        void aLockSaysWhenToTryAgain() {
            view.showFailure(QueryParameters.fromString("locked=60"));
            assertThat(view.showsError()).isTrue();
            assertThat(view.error().getTitle()).isEqualTo("Too many failed sign-ins");
            assertThat(view.error().getMessage()).isEqualTo(
                    "Sign-in is locked for this account or your network address. Try again in 60 seconds.");
        }

        @Test
        void aSignInWithoutTheTokenSaysThePageHadExpired() {
            view.showFailure(QueryParameters.fromString("expired"));
            assertThat(view.showsError()).isTrue();
            assertThat(view.error().getTitle()).isEqualTo("The sign-in page had expired");
        }

        @Test
        void aMangledLockIsTheGenericMessage() {
            view.showFailure(QueryParameters.fromString("error&locked=soon"));
            assertThat(view.error().getTitle()).isEqualTo("Incorrect username or password");
        }
    }

    @Nested
    @ExtendWith(PortalUi.German.class)
    class InGerman {

        private final LoginView view = loginView();

        @Test
        void aLockSaysWhenToTryAgain() {
            view.showFailure(QueryParameters.fromString("locked=900"));
            assertThat(view.error().getTitle())
                    .isEqualTo("Zu viele fehlgeschlagene Anmeldungen");
            assertThat(view.error().getMessage()).isEqualTo("Die Anmeldung ist für dieses "
                    + "Konto oder Ihre Netzwerkadresse gesperrt. Versuchen Sie es in 900 Sekunden erneut.");
        }
    }
}
