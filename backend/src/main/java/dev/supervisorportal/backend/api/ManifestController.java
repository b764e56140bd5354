package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.manifests.ManifestPaths;
import dev.supervisorportal.backend.manifests.ManifestResult;
import dev.supervisorportal.backend.manifests.ManifestService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kubernetes manifests: import several documents at once (all or nothing, or a dry run), export one workload. */
@RestController
@RequestMapping(ManifestPaths.NAMESPACE)
@Tag(name = "Manifests", description = "YAML as users of vSphere with Tanzu write it: VirtualMachine, "
        + "TanzuKubernetesCluster, Cluster (class tanzukubernetescluster), Pod")
class ManifestController {

    static final String YAML = "application/yaml";
    private static final MediaType YAML_TYPE = MediaType.parseMediaType(YAML);

    private final ManifestService manifests;

    ManifestController(ManifestService manifests) {
        this.manifests = manifests;
    }

    @PostMapping(value = "/manifests", consumes = {YAML, "application/x-yaml", "text/yaml"})
    @Operation(summary = "Create every object of a YAML manifest (several documents, separated by ---) in one "
            + "transaction: all or nothing. With dryRun=true, run the same checks (quota, catalog, names) and create "
            + "nothing. Each object lists the fields the portal ignored.")
    ResponseEntity<ManifestResult> apply(@PathVariable String namespace,
                                         @Parameter(description = "check and plan only, like kubectl apply --dry-run=server")
                                         @RequestParam(defaultValue = "false") boolean dryRun,
                                         @RequestBody(required = false) String yaml) {
        ManifestResult result = manifests.apply(namespace, yaml, dryRun);
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @GetMapping(ManifestPaths.VM)
    @Operation(summary = "The VM as a VirtualMachine manifest (vmoperator.vmware.com/v1alpha3) that creates it again")
    ResponseEntity<String> vm(@PathVariable String namespace, @PathVariable String name) {
        return yaml(manifests.vmManifest(namespace, name));
    }

    @GetMapping(ManifestPaths.TKG_CLUSTER)
    @Operation(summary = "The TKG cluster as a TanzuKubernetesCluster manifest (run.tanzu.vmware.com/v1alpha3)")
    ResponseEntity<String> tkgCluster(@PathVariable String namespace, @PathVariable String name) {
        return yaml(manifests.tkgClusterManifest(namespace, name));
    }

    @GetMapping(ManifestPaths.POD)
    @Operation(summary = "The vSphere Pod as a Pod manifest (v1)")
    ResponseEntity<String> pod(@PathVariable String namespace, @PathVariable String name) {
        return yaml(manifests.podManifest(namespace, name));
    }

    private static ResponseEntity<String> yaml(String manifest) {
        return ResponseEntity.ok().contentType(YAML_TYPE).body(manifest);
    }
}
