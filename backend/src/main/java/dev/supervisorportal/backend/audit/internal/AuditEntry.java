package dev.supervisorportal.backend.audit.internal;

import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String targetType;
    private String targetName;
    private String outcome;
    @Convert(converter = MsgColumn.class)
    private Msg detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetName,
                      String outcome, Msg detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetName = targetName;
        this.outcome = outcome;
        this.detail = detail;
    }

    public AuditEntryView toView() {
        return new AuditEntryView(occurredAt, actor, action, targetType, targetName, outcome, detail);
    }
}
