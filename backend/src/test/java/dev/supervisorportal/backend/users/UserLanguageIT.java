package dev.supervisorportal.backend.users;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each user's language is saved with their account; only the portal's two languages are taken. */
class UserLanguageIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    @Test
    void aUsersChoiceIsSavedForThemAloneAndAnUnknownLanguageIsRefused() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dora = users.create("dora-" + suffix, "pw", Role.DEVOPS, null).username();
        String emil = users.create("emil-" + suffix, "pw", Role.DEVOPS, null).username();
        assertThat(users.language(dora)).as("nobody has chosen yet").isEmpty();

        SignedIn.as(dora, Role.DEVOPS);
        users.chooseLanguage(Locale.GERMAN);
        assertThat(users.language(dora)).contains(Locale.GERMAN);
        assertThat(users.language(emil)).isEmpty();

        assertThatThrownBy(() -> users.chooseLanguage(Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("language");
                    assertThat(e.getMessage()).contains("The portal speaks English and German, not fr.");
                });
        assertThat(users.language(dora)).as("the refusal changed nothing").contains(Locale.GERMAN);

        users.chooseLanguage(Locale.ENGLISH);
        assertThat(users.language(dora)).contains(Locale.ENGLISH);
    }
}
