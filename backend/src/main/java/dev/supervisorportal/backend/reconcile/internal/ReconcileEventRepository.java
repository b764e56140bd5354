package dev.supervisorportal.backend.reconcile.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

public interface ReconcileEventRepository extends JpaRepository<ReconcileEvent, Long> {

    /** Drops a zone's events older than {@code before}. */
    @Modifying
    @Query("delete from ReconcileEvent e where e.zoneName = :zone and e.occurredAt < :before")
    int deleteOlderThan(@Param("zone") String zone, @Param("before") Instant before);

    List<ReconcileEvent> findByNamespaceNameOrderByOccurredAtDescIdDesc(String namespaceName, Pageable page);

    List<ReconcileEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<ReconcileEvent> findByNamespaceNameInOrderByOccurredAtDescIdDesc(Collection<String> namespaceNames,
                                                                          Pageable page);

    List<ReconcileEvent> findByFromHostOrToHostOrderByOccurredAtDescIdDesc(String fromHost, String toHost,
                                                                           Pageable page);
}
