package dev.supervisorportal.backend.manifests;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;

import java.util.List;

/**
 * One document of a manifest as the portal reads it: its kind and name, the one command it maps to (the other two are
 * {@code null}), and every field it has that the portal cannot honour, as {@code "spec.networkInterfaces: ignored"}.
 * {@code document} counts from 1, as the error messages do.
 */
public record ManifestDocument(int document, String kind, String apiVersion, String name, CreateVmCommand vm,
                               CreateTkgClusterCommand tkgCluster, CreatePodCommand pod, List<Msg> ignored) {
}
