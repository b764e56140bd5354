package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Who did what to which object, when, and the outcome (admins)")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The newest entries first; limit from 1 to 1000 (admins)")
    List<AuditEntryView> recent(@RequestParam(defaultValue = "100") int limit) {
        return audit.recent(limit);
    }
}
