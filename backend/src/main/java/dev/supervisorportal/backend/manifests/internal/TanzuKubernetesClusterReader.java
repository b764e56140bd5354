package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code TanzuKubernetesCluster} ({@code run.tanzu.vmware.com/v1alpha3}): its control plane (replicas, VM class,
 * storage class, release) and node pools. A pool's storage class or release other than the control plane's is
 * noted as ignored: the portal keeps one of each per cluster.
 */
final class TanzuKubernetesClusterReader extends KindReader {

    TanzuKubernetesClusterReader() {
        super("TanzuKubernetesCluster", "run.tanzu.vmware.com/v1alpha3");
    }

    @Override
    DocumentCommand read(KindDocument document) {
        DocumentReader reader = document.reader();
        ManifestNode topology = document.root().child("spec").child("topology");
        ManifestNode controlPlane = topology.child("controlPlane");
        Integer replicas = controlPlane.child("replicas").requiredInteger();
        reader.source("controlPlaneNodes", controlPlane.child("replicas").path());
        String vmClass = controlPlane.child("vmClass").requiredText();
        reader.source("controlPlaneVmClass", controlPlane.child("vmClass").path());
        String storageClass = controlPlane.child("storageClass").requiredText();
        reader.source("storagePolicy", controlPlane.child("storageClass").path());
        ManifestNode tkr = controlPlane.child("tkr").child("reference").child("name");
        String release = tkr.requiredText();
        reader.source("kubernetesRelease", tkr.path());

        ManifestNode nodePools = topology.child("nodePools");
        reader.source("nodePools", nodePools.path());
        List<CreateTkgClusterCommand.NodePool> pools = new ArrayList<>();
        List<ManifestNode> elements = nodePools.elements();
        for (int i = 0; i < elements.size(); i++) {
            ManifestNode pool = elements.get(i);
            String prefix = "nodePools[" + i + "].";
            reader.source(prefix + "name", pool.child("name").path());
            reader.source(prefix + "replicas", pool.child("replicas").path());
            reader.source(prefix + "vmClass", pool.child("vmClass").path());
            reader.source(prefix + "zone", pool.child("failureDomain").path());
            pool.child("storageClass").honourIfSameAs(storageClass,
                    kept -> Msg.of("manifests.pool-storage-class", kept));
            pool.child("tkr").child("reference").child("name").honourIfSameAs(release,
                    kept -> Msg.of("manifests.pool-release", kept));
            pools.add(new CreateTkgClusterCommand.NodePool(pool.child("name").requiredText(),
                    pool.child("replicas").requiredInteger(), pool.child("vmClass").requiredText(),
                    pool.child("failureDomain").text()));
        }
        return DocumentCommand.of(new CreateTkgClusterCommand(document.name(), release, replicas, vmClass,
                storageClass, pools));
    }
}
