package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreatePodCommand;

import java.util.ArrayList;
import java.util.List;

/** A vSphere Pod ({@code v1 Pod}): its containers' names, images and CPU and memory requests. */
final class PodReader extends KindReader {

    PodReader() {
        super("Pod", "v1");
    }

    @Override
    DocumentCommand read(KindDocument document) {
        DocumentReader reader = document.reader();
        ManifestNode containers = document.root().child("spec").child("containers");
        reader.source("containers", containers.path());
        List<CreatePodCommand.Container> result = new ArrayList<>();
        List<ManifestNode> elements = containers.elements();
        if (elements.isEmpty()) {
            reader.problem(containers.path(), Msg.of("manifests.required", containers.path()));
        }
        for (int i = 0; i < elements.size(); i++) {
            ManifestNode container = elements.get(i);
            ManifestNode requests = container.child("resources").child("requests");
            String prefix = "containers[" + i + "].";
            reader.source(prefix + "name", container.child("name").path());
            reader.source(prefix + "image", container.child("image").path());
            reader.source(prefix + "cpu", requests.child("cpu").path());
            reader.source(prefix + "memory", requests.child("memory").path());
            result.add(new CreatePodCommand.Container(container.child("name").requiredText(),
                    container.child("image").requiredText(), requests.child("cpu").requiredText(),
                    requests.child("memory").requiredText()));
        }
        return DocumentCommand.of(new CreatePodCommand(document.name(), result));
    }
}
