package dev.supervisorportal.backend.workloads;

import java.util.List;

/** A vSphere Pod and its containers. */
public record PodView(WorkloadView workload, List<Container> containers) {

    public record Container(String name, String image, String cpu, String memory) {
    }
}
