package dev.supervisorportal.scheduler.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code --name value} options after a command, each allowed at most once. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(List<String> args, String command, Set<String> allowed) throws InputException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (!option.startsWith("--") || !allowed.contains(option.substring(2))) {
                throw new InputException(command + ": unknown option '" + option + "' (expected "
                        + (allowed.isEmpty() ? "none" : allowed.stream().sorted().map(o -> "--" + o).toList()) + ")");
            }
            if (i + 1 >= args.size()) {
                throw new InputException(command + ": option " + option + " needs a value");
            }
            if (values.put(option.substring(2), args.get(i + 1)) != null) {
                throw new InputException(command + ": option " + option + " given twice");
            }
        }
        return new Options(values);
    }

    String required(String name, String command) throws InputException {
        String value = values.get(name);
        if (value == null) {
            throw new InputException(command + ": option --" + name + " is required");
        }
        return value;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A whole number from {@code min} to {@code max}, or the fallback when the option is absent. */
    long number(String name, long fallback, long min, long max) throws InputException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InputException("option --" + name + ": '" + value + "' is not a whole number");
        }
        if (number < min) {
            throw new InputException("option --" + name + ": must be at least " + min + " (was " + number + ")");
        }
        if (number > max) {
            throw new InputException("option --" + name + ": must be at most " + max + " (was " + number + ")");
        }
        return number;
    }
}
