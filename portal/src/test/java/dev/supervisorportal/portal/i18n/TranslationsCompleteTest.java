package dev.supervisorportal.portal.i18n;

import dev.supervisorportal.backend.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English and German are both complete: every bundle ({@code i18n/<feature>.properties} of the backend and the
 * portal) has the same keys in both languages, with the same arguments, each a valid {@link MessageFormat}; and every
 * key the code names exists.
 */
class TranslationsCompleteTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A message key as the code names it: {@code getTranslation("hosts.title")}, {@code Msg.of("quota.exceeded", …)}. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|Texts\\.t\\(|Msg\\.of\\(|Reason\\.of\\(|unschedulable\\(|FieldProblem\\.of\\([^,()]+,)\\s*\"([a-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    private static final List<Path> SOURCES = List.of(Path.of("../scheduler-core/src/main/java"),
            Path.of("../backend/src/main/java"), Path.of("src/main/java"));

    @Test
    void thereAreBundlesFromTheBackendAndThePortal() {
        assertThat(Messages.baseNames()).contains("i18n/scheduler", "i18n/api", "i18n/reconcile", "i18n/portal-layout",
                "i18n/portal-ui");
    }

    @Test
    void everyKeyHasAnEnglishAndAGermanText() {
        List<String> problems = new ArrayList<>();
        for (String base : Messages.baseNames()) {
            Map<String, String> english = load(base + ".properties");
            Map<String, String> german = load(base + "_de.properties");
            difference(english.keySet(), german.keySet())
                    .forEach(key -> problems.add(base + "_de.properties lacks " + key));
            difference(german.keySet(), english.keySet())
                    .forEach(key -> problems.add(base + ".properties lacks " + key));
            german.forEach((key, text) -> {
                if (text.isBlank() || english.getOrDefault(key, "").isBlank()) {
                    problems.add(base + ": " + key + " is empty");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bothLanguagesUseTheSameArgumentsAndEveryTextIsAValidMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String base : Messages.baseNames()) {
            Map<String, String> english = load(base + ".properties");
            Map<String, String> german = load(base + "_de.properties");
            english.forEach((key, text) -> {
                if (german.containsKey(key) && !arguments(text).equals(arguments(german.get(key)))) {
                    problems.add(key + ": English uses " + arguments(text) + ", German " + arguments(german.get(key)));
                }
            });
            Stream.of(english, german).flatMap(texts -> texts.entrySet().stream()).forEach(entry -> {
                try {
                    new MessageFormat(entry.getValue(), Locale.ENGLISH);
                } catch (IllegalArgumentException e) {
                    problems.add(entry.getKey() + " is no valid message format: " + e.getMessage());
                }
                if (entry.getValue().replace("''", "").contains("'")) {
                    problems.add(entry.getKey() + " has a single apostrophe; write it twice: ''");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, String> bundleOfKey = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String base : Messages.baseNames()) {
            load(base + ".properties").keySet().forEach(key -> {
                String other = bundleOfKey.putIfAbsent(key, base);
                if (other != null) {
                    twice.add(key + " in " + other + " and " + base);
                }
            });
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExistsInEnglishAndGerman() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String base : Messages.baseNames()) {
            Set<String> english = load(base + ".properties").keySet();
            english.retainAll(load(base + "_de.properties").keySet());
            known.addAll(english);
        }
        Map<String, String> unknown = new TreeMap<>();
        int named = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher key = KEY_IN_CODE.matcher(Files.readString(file));
                    while (key.find()) {
                        named++;
                        if (!known.contains(key.group(1))) {
                            unknown.put(key.group(1), file.getFileName().toString());
                        }
                    }
                }
            }
        }
        assertThat(named).as("keys named in the code").isGreaterThan(10);
        assertThat(unknown).as("keys the code names that a bundle lacks").isEmpty();
    }

    private static Set<String> difference(Set<String> of, Set<String> without) {
        Set<String> rest = new TreeSet<>(of);
        rest.removeAll(without);
        return rest;
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            indexes.add(Integer.parseInt(argument.group(1)));
        }
        return indexes;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = TranslationsCompleteTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
