package dev.supervisorportal.backend.reconcile.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface ReconcileEventRepository extends JpaRepository<ReconcileEvent, Long> {

    List<ReconcileEvent> findByNamespaceNameOrderByOccurredAtDescIdDesc(String namespaceName, Pageable page);

    List<ReconcileEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<ReconcileEvent> findByNamespaceNameInOrderByOccurredAtDescIdDesc(Collection<String> namespaceNames,
                                                                          Pageable page);

    List<ReconcileEvent> findByFromHostOrToHostOrderByOccurredAtDescIdDesc(String fromHost, String toHost,
                                                                           Pageable page);
}
