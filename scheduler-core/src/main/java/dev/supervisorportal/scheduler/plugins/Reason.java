package dev.supervisorportal.scheduler.plugins;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a host cannot take a workload, as a key of the bundle {@code i18n/scheduler.properties} (English; the
 * backend adds {@code scheduler_de.properties}) with its arguments: numbers, strings or other reasons. A program
 * shows it in its reader's language; {@link #text()} is the English the command line prints ("in maintenance").
 * Two reasons are equal when their keys and arguments are.
 */
public record Reason(String key, List<Object> args) {

    private static final String BUNDLE = "i18n/scheduler";

    public Reason {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a reason needs a key");
        }
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }

    /** The reason in English, arguments that are reasons rendered too. */
    public String text() {
        Object[] values = args.stream().map(arg -> arg instanceof Reason reason ? reason.text() : arg).toArray();
        return new MessageFormat(english().getString(key), Locale.ENGLISH).format(values);
    }

    /**
     * The English text, or for the key of a filter plugin scheduler-core does not know (its text is
     * in the bundle of the program that added the plugin) the key and the arguments.
     */
    @Override
    public String toString() {
        return english().containsKey(key) ? text() : key + args;
    }

    private static ResourceBundle english() {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("scheduler-core's bundle " + BUNDLE + " is missing", e);
        }
    }
}
