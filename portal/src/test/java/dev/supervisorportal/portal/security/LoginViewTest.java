package dev.supervisorportal.portal.security;

import com.vaadin.flow.router.QueryParameters;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page says "wrong user name or password" after a failure, and when to try again while locked. */
class LoginViewTest {

    @Nested
    @ExtendWith(PortalUi.class)
    class InEnglish {

        private final LoginView view = new LoginView(new MockEnvironment(), null);

        @Test
        void noFailureNoError() {
            view.showFailure(QueryParameters.empty());
            assertThat(view.form().isError()).isFalse();
        }

        @Test
        void aWrongPasswordGetsTheGenericMessage() {
            view.showFailure(QueryParameters.fromString("error"));
            assertThat(view.form().isError()).isTrue();
            assertThat(view.form().getI18n().getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
        }

        @Test
        void aLockSaysWhenToTryAgain() {
            view.showFailure(QueryParameters.fromString("locked=60"));
            assertThat(view.form().isError()).isTrue();
            assertThat(view.form().getI18n().getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
            assertThat(view.form().getI18n().getErrorMessage().getMessage()).isEqualTo(
                    "Sign-in is locked for this account or your network address. Try again in 60 seconds.");
        }

        @Test
        void aMangledLockIsTheGenericMessage() {
            view.showFailure(QueryParameters.fromString("error&locked=soon"));
            assertThat(view.form().getI18n().getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
        }
    }

    @Nested
    @ExtendWith(PortalUi.German.class)
    class InGerman {

        private final LoginView view = new LoginView(new MockEnvironment(), null);

        @Test
        void aLockSaysWhenToTryAgain() {
            view.showFailure(QueryParameters.fromString("locked=900"));
            assertThat(view.form().getI18n().getErrorMessage().getTitle())
                    .isEqualTo("Zu viele fehlgeschlagene Anmeldungen");
            assertThat(view.form().getI18n().getErrorMessage().getMessage()).isEqualTo("Die Anmeldung ist für dieses "
                    + "Konto oder Ihre Netzwerkadresse gesperrt. Versuchen Sie es in 900 Sekunden erneut.");
        }
    }
}
