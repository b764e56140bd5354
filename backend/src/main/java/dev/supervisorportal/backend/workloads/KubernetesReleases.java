package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes release names as TKG writes them ({@code v1.30.1---vmware.1-fips.1-tkg.5}) and the rule for upgrading
 * a cluster: only to a newer release of the catalog, one minor version at a time (v1.28 → v1.29, not → v1.30).
 */
public final class KubernetesReleases {

    private static final Pattern VERSION = Pattern.compile("^v(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})");

    /** A release's Kubernetes version, compared major, minor, patch. */
    record Version(int major, int minor, int patch) implements Comparable<Version> {

        private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
                .thenComparingInt(Version::minor).thenComparingInt(Version::patch);

        @Override
        public int compareTo(Version other) {
            return ORDER.compare(this, other);
        }

        String minorText() {
            return "v" + major + "." + minor;
        }
    }

    private KubernetesReleases() {
    }

    /** "v1.30.1" of "v1.30.1---vmware.1-fips.1-tkg.5"; the name itself when it has no version. */
    public static String version(String release) {
        Matcher matcher = VERSION.matcher(release);
        return matcher.find() ? matcher.group() : release;
    }

    static Optional<Version> parse(String release) {
        Matcher matcher = VERSION.matcher(release == null ? "" : release);
        return matcher.find() ? Optional.of(new Version(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)))) : Optional.empty();
    }

    /**
     * Why a cluster at {@code from} may not be upgraded to {@code to} (which is in the catalog); empty when it may.
     * The same release is no upgrade and no problem.
     */
    static Optional<Msg> upgradeProblem(String from, String to, List<String> catalog) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        Optional<Version> current = parse(from);
        Optional<Version> target = parse(to);
        if (current.isEmpty() || target.isEmpty()) {
            return Optional.of(Msg.of("workloads.upgrade.no-version", to));
        }
        if (target.get().compareTo(current.get()) <= 0) {
            return Optional.of(Msg.of("workloads.upgrade.not-newer", version(to), version(from)));
        }
        if (target.get().major() != current.get().major()
                || target.get().minor() > current.get().minor() + 1) {
            String next = "v" + current.get().major() + "." + (current.get().minor() + 1);
            return Optional.of(Msg.of("workloads.upgrade.skips-minor", version(to), version(from), next,
                    upgrades(from, catalog).stream().map(KubernetesReleases::version).reduce((a, b) -> a + ", " + b)
                            .orElse("-")));
        }
        return Optional.empty();
    }

    /** The releases of the catalog a cluster at {@code from} may be upgraded to, newest first. */
    public static List<String> upgrades(String from, List<String> catalog) {
        return catalog.stream().filter(release -> !release.equals(from))
                .filter(release -> parse(release).isPresent() && upgradeProblem(from, release, List.of()).isEmpty())
                .sorted(Comparator.comparing((String release) -> parse(release).orElseThrow()).reversed())
                .toList();
    }
}
