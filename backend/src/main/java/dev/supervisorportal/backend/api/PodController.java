package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.reconcile.PlacementExplanation;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/namespaces/{namespace}/pods")
@Tag(name = "vSphere Pods", description = "Containers run directly on ESXi; only on a single-zone Supervisor")
class PodController {

    private final WorkloadService workloads;
    private final WhatIfService whatIf;

    PodController(WorkloadService workloads, WhatIfService whatIf) {
        this.workloads = workloads;
        this.whatIf = whatIf;
    }

    @GetMapping
    @Operation(summary = "The namespace's vSphere Pods with their containers")
    List<PodView> list(@PathVariable String namespace) {
        return workloads.pods(namespace);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One vSphere Pod")
    PodView get(@PathVariable String namespace, @PathVariable String name) {
        return workloads.pod(namespace, name);
    }

    @PostMapping
    @Operation(summary = "Create a vSphere Pod: containers with CPU (250m, 2) and memory (512Mi, 4Gi) requests")
    ResponseEntity<PodView> create(@PathVariable String namespace, @RequestBody CreatePodCommand command) {
        PodView pod = workloads.createPod(namespace, command);
        return ResponseEntity.created(PathValues.location("/api/v1/namespaces/{namespace}/pods/{name}", namespace,
                pod.workload().name())).body(pod);
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a vSphere Pod and give its quota back")
    ResponseEntity<Void> delete(@PathVariable String namespace, @PathVariable String name) {
        workloads.deletePod(namespace, name);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/what-if")
    @Operation(summary = "Would this vSphere Pod fit the quota and a host now? Creates nothing")
    WhatIfAnswer whatIf(@PathVariable String namespace, @RequestBody CreatePodCommand command) {
        return whatIf.whatIfPod(namespace, command);
    }

    @GetMapping("/{name}/placement")
    @Operation(summary = "Explain a vSphere Pod's placement: host reasons while it waits, host scores once placed")
    PlacementExplanation placement(@PathVariable String namespace, @PathVariable String name) {
        return whatIf.explainPod(namespace, name);
    }
}
