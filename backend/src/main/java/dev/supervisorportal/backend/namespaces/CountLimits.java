package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.namespaces.internal.NamespaceRepository;
import org.springframework.stereotype.Component;

/**
 * Admission's check of a namespace's count limits, for every feature that creates objects in a namespace. Race-free
 * only when called with the namespace's quota ledger rows locked and the count taken after that lock: inside the
 * plan function of {@code QuotaLedger.reserve}, which admits nothing else into the namespace meanwhile (an admin's
 * change of the limits takes the same lock).
 */
@SystemOnly
@Component
public class CountLimits {

    private final NamespaceRepository namespaces;

    CountLimits(NamespaceRepository namespaces) {
        this.namespaces = namespaces;
    }

    /** Refuses one more object of {@code kind} in a namespace that holds {@code currentCount} of them already. */
    public void check(NamespaceRef namespace, ObjectKind kind, long currentCount) {
        check(namespace, kind, currentCount, 1);
    }

    /** Refuses {@code adding} more objects of {@code kind} when the namespace's limit of them would be passed. */
    public void check(NamespaceRef namespace, ObjectKind kind, long currentCount, long adding) {
        Long limit = limits(namespace).of(kind);
        if (limit != null && currentCount + adding > limit) {
            throw new ObjectCountExceededException(Msg.of("namespaces.count.exceeded", namespace.name(),
                    currentCount, kind.count(limit)));
        }
    }

    /** The namespace's count limits as they are in the database now (never as the transaction first read them). */
    public ObjectCountLimits limits(NamespaceRef namespace) {
        return namespaces.countLimits(namespace.id());
    }
}
