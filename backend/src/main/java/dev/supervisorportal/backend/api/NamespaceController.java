package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.NamespaceSummary;
import dev.supervisorportal.backend.namespaces.UpdateLimitsCommand;
import dev.supervisorportal.backend.quota.PolicyShare;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/namespaces")
@Tag(name = "Namespaces", description = "Namespaces you hold a permission in (all for admins), their per-zone quota and permissions")
class NamespaceController {

    static final int MAX_STORAGE_POLICY_LIMITS = 50;

    /** The catalog entries of one kind a namespace may use; an empty list allows the whole catalog. */
    record AllowedEntries(Set<String> entries) {
    }

    private final NamespaceService namespaces;

    NamespaceController(NamespaceService namespaces) {
        this.namespaces = namespaces;
    }

    @GetMapping
    @Operation(summary = "The namespaces you may see, with your role in each")
    List<NamespaceSummary> visible() {
        return namespaces.visibleNamespaces();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One namespace: limits, each zone's share and use, permissions")
    NamespaceDetails details(@PathVariable String name) {
        return namespaces.details(name);
    }

    @PutMapping("/{name}/limits")
    @Operation(summary = "Set the limits directly (admins): cpuMhz, memoryMib, storageGib, the count limits maxVms, "
            + "maxTkgClusters, maxPods, maxPvcs (null: none), a reason, and the version last read")
    NamespaceDetails updateLimits(@PathVariable String name, @RequestBody UpdateLimitsCommand command) {
        return namespaces.updateLimits(name, command);
    }

    @PostMapping("/{name}/limits/what-if")
    @Operation(summary = "Would these limits be taken? Each refused field and why (a zone's share below its use, a "
            + "count below what the namespace holds), writing nothing (admins)")
    List<FieldProblem> limitsWhatIf(@PathVariable String name, @RequestBody UpdateLimitsCommand command) {
        return namespaces.limitsProblems(name, command);
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete the namespace (admins): when empty; with everything in it when withWorkloads=true and "
            + "confirm repeats its name")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name, @RequestParam(defaultValue = "false") boolean withWorkloads,
                @RequestParam(required = false) String confirm) {
        namespaces.delete(name, withWorkloads, confirm);
    }

    @PutMapping("/{name}/permissions")
    @Operation(summary = "Give a user or a team a role (VIEW, EDIT, OWNER), or change it (OWNER or admin)")
    NamespaceDetails grant(@PathVariable String name, @RequestBody NamespaceDetails.Permission permission) {
        return namespaces.grant(name, permission.subjectType(), permission.subject(), permission.role());
    }

    @DeleteMapping("/{name}/permissions/{subjectType}/{subject}")
    @Operation(summary = "Take a user's or a team's role away (OWNER or admin); subjectType is user or team")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String name, @PathVariable String subjectType, @PathVariable String subject) {
        // No body: an owner who revokes their own role may no longer see the namespace.
        namespaces.revoke(name, PathValues.parse(NamespaceDetails.SubjectType.class, subjectType, "subjectType"), subject);
    }

    @GetMapping("/{name}/storage-policy-limits")
    @Operation(summary = "The namespace's storage limit per storage policy, per zone with use (limitGib null: none of its own)")
    List<PolicyShare> storagePolicyLimits(@PathVariable String name) {
        return namespaces.storagePolicyShares(name);
    }

    @PutMapping("/{name}/storage-policy-limits")
    @Operation(summary = "Set the namespace's storage limits per storage policy in GiB, e.g. {\"vsan-gold\": 100} (admins); "
            + "split over the zones; a policy left out has no limit of its own")
    List<PolicyShare> setStoragePolicyLimits(@PathVariable String name, @RequestBody Map<String, Long> limitsGib) {
        if (limitsGib.size() > MAX_STORAGE_POLICY_LIMITS) {
            throw new InvalidInputException("storagePolicyLimits", Msg.of("api.storage-policy-limits.too-many",
                    MAX_STORAGE_POLICY_LIMITS));
        }
        return namespaces.setStoragePolicyLimits(name, limitsGib);
    }

    @PutMapping("/{name}/catalog/{kind}")
    @Operation(summary = "Limit the namespace to these VM classes, images or storage policies (admins); kind is "
            + "vm-class, image or storage-policy")
    ResponseEntity<Void> setAllowed(@PathVariable String name, @PathVariable String kind,
                                    @RequestBody AllowedEntries allowed) {
        namespaces.setAllowed(name, PathValues.parse(CatalogGrantKind.class, kind, "kind"), allowed.entries());
        return ResponseEntity.noContent().build();
    }
}
