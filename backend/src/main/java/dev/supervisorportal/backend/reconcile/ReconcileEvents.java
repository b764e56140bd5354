package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.reconcile.internal.ReconcileEvent;
import dev.supervisorportal.backend.reconcile.internal.ReconcileEventRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * What the reconciler did: per namespace for those who may see it, everything for admins. Newest first; a limit outside
 * 1 to {@link #MAX} is refused.
 */
@Service
@Transactional(readOnly = true)
public class ReconcileEvents {

    /** The most events one call returns. */
    public static final int MAX = 500;

    private final ReconcileEventRepository events;
    private final NamespaceService namespaces;

    ReconcileEvents(ReconcileEventRepository events, NamespaceService namespaces) {
        this.events = events;
        this.namespaces = namespaces;
    }

    @PreAuthorize("isAuthenticated()")
    public List<EventView> forNamespace(String namespaceName, int limit) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("namespaces.to-see-events"));
        return views(events.findByNamespaceNameOrderByOccurredAtDescIdDesc(namespace.name(), page(limit)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<EventView> recent(int limit) {
        return views(events.findAllByOrderByOccurredAtDescIdDesc(page(limit)));
    }

    /** The events of these namespaces; the caller has checked that they may be seen. */
    List<EventView> forNamespaces(Collection<String> namespaceNames, int limit) {
        PageRequest page = page(limit);
        return namespaceNames.isEmpty() ? List.of()
                : views(events.findByNamespaceNameInOrderByOccurredAtDescIdDesc(namespaceNames, page));
    }

    /** The events that moved workloads onto or off a host. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<EventView> forHost(String host, int limit) {
        return views(events.findByFromHostOrToHostOrderByOccurredAtDescIdDesc(host, host, page(limit)));
    }

    private static PageRequest page(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException("limit", Msg.of("reconcile.events.limit", MAX));
        }
        return PageRequest.of(0, limit);
    }

    private static List<EventView> views(List<ReconcileEvent> found) {
        return found.stream().map(ReconcileEvent::toView).toList();
    }
}
