package dev.supervisorportal.backend.manifests;

import org.springframework.web.util.UriTemplate;

/**
 * Where the API serves the manifest that creates a workload again: the API's mappings are built from these, and the
 * portal shows the same address next to the manifest, so the two cannot drift apart.
 */
public final class ManifestPaths {

    /** The namespace all of a namespace's manifests are under. */
    public static final String NAMESPACE = "/api/v1/namespaces/{namespace}";
    public static final String VM = "/vms/{name}/manifest";
    public static final String TKG_CLUSTER = "/tkg-clusters/{name}/manifest";
    public static final String POD = "/pods/{name}/manifest";

    private ManifestPaths() {
    }

    /** "/api/v1/namespaces/team-a/vms/web/manifest". */
    public static String vm(String namespace, String name) {
        return expand(VM, namespace, name);
    }

    public static String tkgCluster(String namespace, String name) {
        return expand(TKG_CLUSTER, namespace, name);
    }

    public static String pod(String namespace, String name) {
        return expand(POD, namespace, name);
    }

    private static String expand(String path, String namespace, String name) {
        return new UriTemplate(NAMESPACE + path).expand(namespace, name).toString();
    }
}
