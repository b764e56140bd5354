package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cluster API {@code Cluster} ({@code cluster.x-k8s.io/v1beta1}) with a topology of the class
 * {@code tanzukubernetescluster}: its version matched to a catalog release ({@link KubernetesReleases}), control
 * plane replicas, the variables {@code vmClass} and {@code storageClass}, and machine deployments as node pools.
 */
final class ClusterReader extends KindReader {

    static final String CLUSTER_CLASS = "tanzukubernetescluster";

    ClusterReader() {
        super("Cluster", "cluster.x-k8s.io/v1beta1");
    }

    @Override
    DocumentCommand read(KindDocument document) {
        DocumentReader reader = document.reader();
        ManifestNode topology = document.root().child("spec").child("topology");
        if (!topology.present()) {
            reader.problem(topology.path(), Msg.of("manifests.topology-required", topology.path(), CLUSTER_CLASS));
            return DocumentCommand.none();
        }
        String clusterClass = topology.child("class").requiredText();
        if (clusterClass != null && !clusterClass.equals(CLUSTER_CLASS)) {
            reader.problem(topology.child("class").path(), Msg.of("manifests.cluster-class-unsupported", clusterClass,
                    CLUSTER_CLASS));
        }
        String release = release(topology.child("version"), document.kubernetesReleases(), reader);
        ManifestNode replicas = topology.child("controlPlane").child("replicas");
        reader.source("controlPlaneNodes", replicas.path());

        ManifestNode variableList = topology.child("variables");
        Map<String, ManifestNode> variables = variables(variableList);
        ManifestNode vmClass = variable(variables, "vmClass", variableList, reader);
        ManifestNode storageClass = variable(variables, "storageClass", variableList, reader);
        String clusterVmClass = vmClass == null ? null : vmClass.requiredText();
        String clusterStorageClass = storageClass == null ? null : storageClass.requiredText();
        reader.source("controlPlaneVmClass", vmClass == null ? variableList.path() : vmClass.path());
        reader.source("storagePolicy", storageClass == null ? variableList.path() : storageClass.path());

        ManifestNode deployments = topology.child("workers").child("machineDeployments");
        reader.source("nodePools", deployments.path());
        List<CreateTkgClusterCommand.NodePool> pools = new ArrayList<>();
        List<ManifestNode> elements = deployments.elements();
        for (int i = 0; i < elements.size(); i++) {
            pools.add(nodePool(elements.get(i), "nodePools[" + i + "].", clusterVmClass, clusterStorageClass, reader));
        }
        return DocumentCommand.of(new CreateTkgClusterCommand(document.name(), release, replicas.requiredInteger(),
                clusterVmClass, clusterStorageClass, pools));
    }

    /** The catalog release the version names, or {@code null} (refused) when it names none. */
    private static String release(ManifestNode version, List<String> releases, DocumentReader reader) {
        String release = KubernetesReleases.match(version.requiredText(), releases).orElse(null);
        reader.source("kubernetesRelease", version.path());
        if (release == null && version.peekText() != null && !version.peekText().isEmpty()) {
            reader.problem(version.path(), Msg.of("manifests.version-unknown", version.peekText(),
                    String.join(", ", releases)));
        }
        return release;
    }

    /** A machine deployment as a node pool: the cluster's VM class unless it overrides it. */
    private static CreateTkgClusterCommand.NodePool nodePool(ManifestNode deployment, String prefix,
                                                             String clusterVmClass, String clusterStorageClass,
                                                             DocumentReader reader) {
        deployment.child("class").text();
        reader.source(prefix + "name", deployment.child("name").path());
        reader.source(prefix + "replicas", deployment.child("replicas").path());
        reader.source(prefix + "zone", deployment.child("failureDomain").path());
        Map<String, ManifestNode> overrides = variables(deployment.child("variables").child("overrides"));
        String vmClass = clusterVmClass;
        if (overrides.containsKey("vmClass")) {
            ManifestNode override = overrides.get("vmClass");
            override.child("name").honour();
            vmClass = override.child("value").requiredText();
            reader.source(prefix + "vmClass", override.child("value").path());
        } else {
            reader.source(prefix + "vmClass", reader.sourceOf("controlPlaneVmClass"));
        }
        if (overrides.containsKey("storageClass")) {
            ManifestNode override = overrides.get("storageClass");
            override.child("name").honour();
            override.child("value").honourIfSameAs(clusterStorageClass,
                    kept -> Msg.of("manifests.deployment-storage-class", kept));
        }
        return new CreateTkgClusterCommand.NodePool(deployment.child("name").requiredText(),
                deployment.child("replicas").requiredInteger(), vmClass, deployment.child("failureDomain").text());
    }

    /** A ClusterClass's variables, {@code [{name, value}]}, by name. */
    private static Map<String, ManifestNode> variables(ManifestNode list) {
        Map<String, ManifestNode> byName = new LinkedHashMap<>();
        list.elements().forEach(variable -> {
            String name = variable.child("name").peekText();
            if (name != null) {
                byName.putIfAbsent(name, variable);
            }
        });
        return byName;
    }

    /** The value node of a variable the portal needs; a problem when the cluster has none. */
    private static ManifestNode variable(Map<String, ManifestNode> variables, String name, ManifestNode list,
                                         DocumentReader reader) {
        ManifestNode variable = variables.get(name);
        if (variable == null) {
            reader.problem(list.path(), Msg.of("manifests.variable-missing", list.path(), name));
            return null;
        }
        variable.child("name").honour();
        return variable.child("value");
    }
}
