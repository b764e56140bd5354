package dev.supervisorportal.backend.manifests.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a Cluster's {@code spec.topology.version} to a release of the catalog. Cluster API writes versions as
 * {@code v1.30.1+vmware.1-fips.1}, TKr names as {@code v1.30.1---vmware.1-fips.1-tkg.5} (a TKr name cannot hold '+').
 * In order: the name itself; the newest release that starts with the version, '+' written as '---'; the newest
 * release of the same Kubernetes version ({@code v1.30.1}).
 */
final class KubernetesReleases {

    private static final Pattern KUBERNETES_VERSION = Pattern.compile("v[0-9]+\\.[0-9]+\\.[0-9]+");
    private static final Pattern NUMBER_OR_NOT = Pattern.compile("[0-9]+|[^0-9]+");

    private KubernetesReleases() {
    }

    static Optional<String> match(String version, List<String> releases) {
        if (version == null || version.isEmpty()) {
            return Optional.empty();
        }
        if (releases.contains(version)) {
            return Optional.of(version);
        }
        String v = version.startsWith("v") ? version : "v" + version;
        Optional<String> sameBuild = newest(releases, startsWith(v.replace("+", "---")));
        if (sameBuild.isPresent()) {
            return sameBuild;
        }
        Matcher kubernetes = KUBERNETES_VERSION.matcher(v);
        return kubernetes.lookingAt() ? newest(releases, startsWith(kubernetes.group())) : Optional.empty();
    }

    /** Starts with the prefix, and does not go on with a digit: v1.30.1 is no prefix of v1.30.10. */
    private static Predicate<String> startsWith(String prefix) {
        return release -> release.startsWith(prefix)
                && (release.length() == prefix.length() || !Character.isDigit(release.charAt(prefix.length())));
    }

    private static Optional<String> newest(List<String> releases, Predicate<String> matching) {
        return releases.stream().filter(matching).max(KubernetesReleases::compareNaturally);
    }

    /** Numbers by value, the rest as text: tkg.10 is newer than tkg.9. */
    static int compareNaturally(String a, String b) {
        Matcher left = NUMBER_OR_NOT.matcher(a);
        Matcher right = NUMBER_OR_NOT.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            int order = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0))
                    ? Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()).compare(
                    l.replaceFirst("^0+(?=.)", ""), r.replaceFirst("^0+(?=.)", ""))
                    : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
