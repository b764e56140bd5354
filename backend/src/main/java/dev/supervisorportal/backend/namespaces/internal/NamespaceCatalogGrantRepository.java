package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NamespaceCatalogGrantRepository extends JpaRepository<NamespaceCatalogGrant, Long> {

    List<NamespaceCatalogGrant> findByNamespaceId(long namespaceId);

    List<NamespaceCatalogGrant> findByNamespaceIdAndKind(long namespaceId, CatalogGrantKind kind);

    void deleteByNamespaceIdAndKind(long namespaceId, CatalogGrantKind kind);
}
