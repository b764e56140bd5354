package dev.supervisorportal.backend.common;

import java.util.Optional;
import java.util.regex.Pattern;

/** The Kubernetes name rule (RFC 1123 label) every namespace and workload name follows, with messages a user can act on. */
public final class Dns1123 {

    public static final int MAX_LENGTH = 63;

    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[a-z0-9-]*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9-]");

    private Dns1123() {
    }

    /** Why {@code name} is no DNS-1123 label, or empty when it is one. */
    public static Optional<Msg> labelProblem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of(Msg.of("common.name.missing"));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Msg.of("common.name.too-long", MAX_LENGTH, name.length()));
        }
        if (!ALLOWED_CHARACTERS.matcher(name).matches()) {
            var matcher = NOT_ALLOWED.matcher(name);
            matcher.find();
            return Optional.of(Msg.of("common.name.character", matcher.group()));
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            return Optional.of(Msg.of("common.name.edges"));
        }
        return Optional.empty();
    }
}
