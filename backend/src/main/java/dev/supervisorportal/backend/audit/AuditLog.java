package dev.supervisorportal.backend.audit;

import dev.supervisorportal.backend.audit.internal.AuditEntry;
import dev.supervisorportal.backend.audit.internal.AuditEntryRepository;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.SystemOnly;
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

    /** The most entries {@link #recent} returns at once. */
    public static final int MAX_RECENT = 1000;
    /** The column size of target names: a longer one (a 63-character VM in a 63-character namespace) is cut, so
     *  recording never refuses the action it records. */
    private static final int MAX_TARGET_NAME = 100;
    /** The column size of actors: an account name someone tried to sign in with may be longer. */
    private static final int MAX_ACTOR = 63;

    /**
     * Records what the signed-in user just did. The detail is a message, so that each admin reads it in their own
     * language; its arguments are the action's own values (a justification is at most 2,000 characters).
     */
    @SystemOnly
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, String targetName, String outcome, Msg detail) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        recordAs(authentication == null ? "system" : authentication.getName(), action, targetType, targetName, outcome,
                detail);
    }

    /** Records what {@code actor} did without being signed in, such as failing to sign in. */
    @SystemOnly
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String targetType, String targetName, String outcome,
                         Msg detail) {
        entries.save(new AuditEntry(Instant.now(clock), cut(actor, MAX_ACTOR), action, targetType,
                cut(targetName, MAX_TARGET_NAME), outcome, detail));
    }

    /** The newest entries first, at most {@value #MAX_RECENT}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntryView> recent(int limit) {
        if (limit < 1 || limit > MAX_RECENT) {
            throw new InvalidInputException("limit", Msg.of("audit.limit.out-of-range", MAX_RECENT));
        }
        return entries.findAll(PageRequest.of(0, limit, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
                .map(AuditEntry::toView)
                .getContent();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
