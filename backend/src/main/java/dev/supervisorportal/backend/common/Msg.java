package dev.supervisorportal.backend.common;

import org.springframework.context.MessageSourceResolvable;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message for a user: a key of the message bundles ({@code i18n/*.properties}, English, and {@code *_de.properties},
 * German) with its arguments, so each reader gets it in their own language, numbers formatted for their locale. An
 * argument may itself be a {@code Msg}: it is translated too ("{0} on {1}" with a reason as {0}).
 */
public record Msg(String key, List<Object> args) implements MessageSourceResolvable, Serializable {

    public Msg {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = args.stream().map(Msg::canonical).toList();
    }

    /**
     * An argument as it reads back from storage ({@link MsgColumn}): a whole number as {@code Long}, another number
     * as {@code Double}, a message as it is, anything else as its text. So a message equals itself once stored.
     */
    private static Object canonical(Object arg) {
        return switch (arg) {
            case Msg nested -> nested;
            case Long number -> number;
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case Double number -> number;
            case Number number -> number.doubleValue();
            default -> arg.toString();
        };
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }

    /**
     * The parts one after the other, each pair joined by {@code key} (a message like {@code "{0}, {1}"}), so that
     * a list of translated parts reads in the reader's language.
     */
    public static Msg joined(String key, List<?> parts) {
        Object all = parts.getLast();
        for (int i = parts.size() - 2; i >= 0; i--) {
            all = of(key, parts.get(i), all);
        }
        return all instanceof Msg message ? message : of(MsgColumn.AS_WRITTEN, all);
    }

    /** The message in English, for logs and exception messages; users read it through their own locale. */
    public String english() {
        return Messages.text(this, Locale.ENGLISH);
    }

    @Override
    public String[] getCodes() {
        return new String[]{key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String toString() {
        return english();
    }
}
