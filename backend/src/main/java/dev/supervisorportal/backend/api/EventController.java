package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.reconcile.EventView;
import dev.supervisorportal.backend.reconcile.ReconcileEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Events", description = "What the reconciler did: placements, starts, HA restarts, evacuations, DRS moves")
class EventController {

    private final ReconcileEvents events;

    EventController(ReconcileEvents events) {
        this.events = events;
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Every zone's events, newest first; limit from 1 to 500 (admins)")
    List<EventView> recent(@RequestParam(defaultValue = "100") int limit) {
        return events.recent(limit);
    }

    @GetMapping("/api/v1/namespaces/{namespace}/events")
    @Operation(summary = "The events of the namespace's workloads, newest first; limit from 1 to 500 (VIEW)")
    List<EventView> forNamespace(@PathVariable String namespace, @RequestParam(defaultValue = "100") int limit) {
        return events.forNamespace(namespace, limit);
    }
}
