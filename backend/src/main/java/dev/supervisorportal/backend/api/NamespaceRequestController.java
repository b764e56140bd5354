package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/namespace-requests")
@Tag(name = "Namespace requests", description = "Ask for a namespace; admins approve, adjust or reject (never their own)")
class NamespaceRequestController {

    private final NamespaceRequestService requests;

    NamespaceRequestController(NamespaceRequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Your own namespace requests, newest first")
    List<NamespaceRequestView> mine() {
        return requests.myRequests();
    }

    @GetMapping("/pending")
    @Operation(summary = "The approval queue, oldest first (admins)")
    List<NamespaceRequestView> pending() {
        return requests.pending();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request (its requester and admins)")
    NamespaceRequestView request(@PathVariable long id) {
        return requests.request(id);
    }

    @PostMapping
    @Operation(summary = "Ask for a namespace: a DNS-1123 name, limits (CPU MHz, memory MiB, storage GiB), a justification")
    ResponseEntity<NamespaceRequestView> submit(@RequestBody NamespaceRequestCommand command) {
        NamespaceRequestView submitted = requests.submit(command);
        return ResponseEntity.created(PathValues.location("/api/v1/namespace-requests/{id}", submitted.id()))
                .body(submitted);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve as asked, or with the limits and count limits in the body, and optionally storage "
            + "limits per policy (storagePolicyLimits {\"vsan-gold\": 100}) (admins)")
    NamespaceRequestView approve(@PathVariable long id,
                                 @RequestBody(required = false) DecisionBodies.Approval adjusted) {
        Map<String, Long> policyLimits = DecisionBodies.Approval.policyLimits(adjusted);
        if (!policyLimits.isEmpty()) {
            return requests.approveWithPolicyLimits(id, DecisionBodies.Approval.asAsked(adjusted) ? null
                    : new NamespaceRequestService.Adjusted(adjusted.cpuMhz(), adjusted.memoryMib(),
                    adjusted.storageGib(), adjusted.counts()), policyLimits);
        }
        return DecisionBodies.Approval.asAsked(adjusted) ? requests.approve(id)
                : requests.approveAdjusted(id, adjusted.cpuMhz(), adjusted.memoryMib(), adjusted.storageGib(),
                adjusted.counts());
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject with a reason (admins)")
    NamespaceRequestView reject(@PathVariable long id, @RequestBody(required = false) DecisionBodies.Rejection rejection) {
        return requests.reject(id, rejection == null ? null : rejection.reason());
    }
}
