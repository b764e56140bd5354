package dev.supervisorportal.backend.audit;

import dev.supervisorportal.backend.audit.internal.AuditEntry;
import dev.supervisorportal.backend.audit.internal.AuditEntryRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The audit trail. Entries are written in the transaction of the action they record, so neither exists without the other. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records what the signed-in user just did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, String targetName, String outcome, String detail) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "system" : authentication.getName();
        entries.save(new AuditEntry(Instant.now(clock), actor, action, targetType, targetName, outcome, detail));
    }

    /** The newest entries first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntryView> recent(int limit) {
        return entries.findAll(PageRequest.of(0, limit, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
                .map(AuditEntry::toView)
                .getContent();
    }
}
