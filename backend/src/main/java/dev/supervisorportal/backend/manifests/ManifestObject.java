package dev.supervisorportal.backend.manifests;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadView;

import java.util.List;

/**
 * What one document created (or, on a dry run, would create): the zones admission chose and the quota it reserves
 * there, the fields it ignored, and the created object itself as the other endpoints show it (of the three views,
 * the one of its kind is set).
 */
public record ManifestObject(int document, String kind, String name, List<String> zones, Limits demand,
                             List<Msg> ignored, WorkloadView vm, TkgClusterView tkgCluster, PodView pod) {
}
