package dev.supervisorportal.backend.kube;

import java.util.List;
import java.util.Set;

/**
 * What discovery says of one resource type: its API group ({@code ""} for the core group), the versions served (the
 * first is the preferred one), its plural, singular and kind names, whether it lives in a namespace, its short
 * names and its verbs.
 */
public record KubeResource(String group, List<String> versions, String plural, String singular, String kind,
                           boolean namespaced, List<String> shortNames, Set<KubeVerb> verbs) {

    public KubeResource {
        versions = List.copyOf(versions);
        shortNames = List.copyOf(shortNames);
        verbs = Set.copyOf(verbs);
    }

    public String preferredVersion() {
        return versions.getFirst();
    }

    /** {@code v1} for the core group, {@code vmoperator.vmware.com/v1alpha3} for the others. */
    public String apiVersion(String version) {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public boolean serves(String version) {
        return versions.contains(version);
    }
}
