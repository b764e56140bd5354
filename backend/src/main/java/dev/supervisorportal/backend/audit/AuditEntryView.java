package dev.supervisorportal.backend.audit;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;

/** Who did what to which object, when, and the outcome. */
public record AuditEntryView(Instant occurredAt, String actor, String action, String targetType, String targetName,
                             String outcome, Msg detail) {
}
