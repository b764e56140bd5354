package dev.supervisorportal.portal.i18n;

import dev.supervisorportal.backend.common.Messages;
import org.springframework.context.NoSuchMessageException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For keys the code builds from an enum ({@code "hosts.state." + state.name()}), which {@code TranslationsCompleteTest}
 * cannot see: every value's key resolves in English and German through {@link Messages#source()}.
 */
public final class KeyTexts {

    private KeyTexts() {
    }

    @SafeVarargs
    public static <E extends Enum<E>> void assertEveryValueHasAText(Function<E, String> key, E... values) {
        List<String> missing = new ArrayList<>();
        for (E value : values) {
            for (Locale locale : Messages.LANGUAGES) {
                try {
                    assertThat(Messages.source().getMessage(key.apply(value), null, locale)).isNotBlank();
                } catch (NoSuchMessageException e) {
                    missing.add(key.apply(value) + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).as("keys without a text, from " + Arrays.toString(values)).isEmpty();
    }
}
