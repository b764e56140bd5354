package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.TkgClusterChanges;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.reconcile.PlacementExplanation;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/namespaces/{namespace}/tkg-clusters")
@Tag(name = "TKG clusters", description = "Tanzu Kubernetes Grid clusters, admitted all or nothing")
class TkgClusterController {

    private final WorkloadService workloads;
    private final TkgClusterChanges changes;
    private final WhatIfService whatIf;

    TkgClusterController(WorkloadService workloads, TkgClusterChanges changes, WhatIfService whatIf) {
        this.workloads = workloads;
        this.changes = changes;
        this.whatIf = whatIf;
    }

    @PatchMapping("/{name}")
    @Operation(summary = "Change a TKG cluster to a desired state: kubernetesRelease (a newer one, one minor at a "
            + "time, rolling), nodePools (replicas at once; a new vmClass rolling; pools left out are removed), "
            + "version (409 when the cluster changed since)")
    TkgClusterView change(@PathVariable String namespace, @PathVariable String name,
                          @RequestBody ChangeTkgClusterCommand command) {
        return changes.change(namespace, name, command);
    }

    @PostMapping("/{name}/what-if")
    @Operation(summary = "Would this change fit? The nodes it adds and, for a roll, the one extra node at a time: "
            + "quota after what it frees and a host now for each; changes nothing")
    WhatIfAnswer whatIfChange(@PathVariable String namespace, @PathVariable String name,
                              @RequestBody ChangeTkgClusterCommand command) {
        return whatIf.whatIfTkgChange(namespace, name, command);
    }

    @GetMapping
    @Operation(summary = "The namespace's TKG clusters with their node VMs")
    List<TkgClusterView> list(@PathVariable String namespace) {
        return workloads.tkgClusters(namespace);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One TKG cluster with its node pools and node VMs")
    TkgClusterView get(@PathVariable String namespace, @PathVariable String name) {
        return workloads.tkgCluster(namespace, name);
    }

    @PostMapping
    @Operation(summary = "Create a TKG cluster: 1 or 3 control-plane nodes (one per zone on three zones), node pools")
    ResponseEntity<TkgClusterView> create(@PathVariable String namespace,
                                          @RequestBody CreateTkgClusterCommand command) {
        TkgClusterView cluster = workloads.createTkgCluster(namespace, command);
        return ResponseEntity.created(PathValues.location("/api/v1/namespaces/{namespace}/tkg-clusters/{name}",
                namespace, cluster.name())).body(cluster);
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a TKG cluster with all its node VMs and give their quota back")
    ResponseEntity<Void> delete(@PathVariable String namespace, @PathVariable String name) {
        workloads.deleteTkgCluster(namespace, name);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/what-if")
    @Operation(summary = "Would this TKG cluster fit? Quota per zone, and a host now for each node (control-plane "
            + "nodes on different hosts); creates nothing")
    WhatIfAnswer whatIf(@PathVariable String namespace, @RequestBody CreateTkgClusterCommand command) {
        return whatIf.whatIfTkgCluster(namespace, command);
    }

    @GetMapping("/{name}/nodes/{node}/placement")
    @Operation(summary = "Explain a node VM's placement: host reasons while it waits, host scores once placed")
    PlacementExplanation placement(@PathVariable String namespace, @PathVariable String name,
                                   @PathVariable String node) {
        return whatIf.explainTkgNode(namespace, name, node);
    }
}
