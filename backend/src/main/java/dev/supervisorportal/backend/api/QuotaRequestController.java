package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.namespaces.QuotaRequestCommand;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
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

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quota requests", description = "Ask for new limits on a namespace (EDIT or OWNER); admins decide")
class QuotaRequestController {

    private final QuotaRequestService requests;

    QuotaRequestController(QuotaRequestService requests) {
        this.requests = requests;
    }

    @GetMapping("/namespaces/{namespace}/quota-requests")
    @Operation(summary = "A namespace's quota requests, newest first")
    List<QuotaRequestView> forNamespace(@PathVariable String namespace) {
        return requests.forNamespace(namespace);
    }

    @PostMapping("/namespaces/{namespace}/quota-requests")
    @Operation(summary = "Ask for new limits (all three, and count limits: null is none) with a justification")
    ResponseEntity<QuotaRequestView> submit(@PathVariable String namespace, @RequestBody QuotaRequestCommand command) {
        QuotaRequestView submitted = requests.submit(namespace, command);
        return ResponseEntity.created(PathValues.location("/api/v1/quota-requests/{id}", submitted.id()))
                .body(submitted);
    }

    @GetMapping("/quota-requests/pending")
    @Operation(summary = "The admins' queue of quota requests, oldest first (admins)")
    List<QuotaRequestView> pending() {
        return requests.pending();
    }

    @GetMapping("/quota-requests/{id}")
    @Operation(summary = "One quota request (whoever may see its namespace)")
    QuotaRequestView request(@PathVariable long id) {
        return requests.request(id);
    }

    @PostMapping("/quota-requests/{id}/approve")
    @Operation(summary = "Approve as asked, or with the limits and count limits in the body (admins)")
    QuotaRequestView approve(@PathVariable long id, @RequestBody(required = false) DecisionBodies.Approval adjusted) {
        return DecisionBodies.Approval.asAsked(adjusted) ? requests.approve(id)
                : requests.approveAdjusted(id, adjusted.cpuMhz(), adjusted.memoryMib(), adjusted.storageGib(),
                adjusted.counts());
    }

    @PostMapping("/quota-requests/{id}/reject")
    @Operation(summary = "Reject with a reason (admins)")
    QuotaRequestView reject(@PathVariable long id, @RequestBody(required = false) DecisionBodies.Rejection rejection) {
        return requests.reject(id, rejection == null ? null : rejection.reason());
    }
}
