package dev.supervisorportal.portal.ui;

import dev.supervisorportal.backend.common.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which keys the bundles lack, English or German: for texts whose key the code builds from a value
 * ({@code "workloads.status." + status.name()}), which the check of key literals cannot see.
 */
public final class BundleKeys {

    private BundleKeys() {
    }

    /** Each key that is not in an English bundle, or not in a German one, with the language it lacks. */
    public static List<String> missing(Stream<String> keys) {
        Set<String> english = keysOf("");
        Set<String> german = keysOf("_de");
        return keys.flatMap(key -> Stream.of(english.contains(key) ? null : key + " (English)",
                german.contains(key) ? null : key + " (German)")).filter(problem -> problem != null).toList();
    }

    private static Set<String> keysOf(String suffix) {
        Set<String> keys = new HashSet<>();
        for (String base : Messages.baseNames()) {
            try (InputStream in = BundleKeys.class.getClassLoader().getResourceAsStream(base + suffix + ".properties")) {
                if (in != null) {
                    var properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    keys.addAll(properties.stringPropertyNames());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
