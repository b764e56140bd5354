package dev.supervisorportal.backend.workloads;

import java.util.List;

/** A vSphere Pod: containers with CPU and memory requests in Kubernetes quantities. */
public record CreatePodCommand(String name, List<Container> containers) {

    public record Container(String name, String image, String cpu, String memory) {
    }
}
