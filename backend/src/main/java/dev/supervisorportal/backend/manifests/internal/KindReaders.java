package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;

import java.util.List;
import java.util.Optional;

/** The kinds the portal reads from manifests, each by its {@link KindReader}. */
final class KindReaders {

    private static final List<KindReader> READERS = List.of(new VirtualMachineReader(),
            new TanzuKubernetesClusterReader(), new ClusterReader(), new PodReader());

    private KindReaders() {
    }

    static Optional<KindReader> of(String kind) {
        return READERS.stream().filter(reader -> reader.kind().equals(kind)).findFirst();
    }

    /** The kinds as a user reads them: "VirtualMachine, TanzuKubernetesCluster, Cluster and Pod". */
    static Msg kinds() {
        List<String> kinds = READERS.stream().map(KindReader::kind).toList();
        return Msg.of("manifests.kinds-last", Msg.joined("manifests.kinds", kinds.subList(0, kinds.size() - 1)),
                kinds.getLast());
    }
}
