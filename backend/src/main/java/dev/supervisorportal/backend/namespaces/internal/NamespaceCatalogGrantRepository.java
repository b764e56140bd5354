package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NamespaceCatalogGrantRepository extends JpaRepository<NamespaceCatalogGrant, Long> {

    List<NamespaceCatalogGrant> findByNamespaceId(long namespaceId);

    List<NamespaceCatalogGrant> findByNamespaceIdAndKind(long namespaceId, CatalogGrantKind kind);

    void deleteByNamespaceIdAndKind(long namespaceId, CatalogGrantKind kind);

    /** For a namespace's deletion. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("delete from NamespaceCatalogGrant x where x.namespaceId = :namespaceId")
    void deleteByNamespaceId(@org.springframework.data.repository.query.Param("namespaceId") long namespaceId);
}
