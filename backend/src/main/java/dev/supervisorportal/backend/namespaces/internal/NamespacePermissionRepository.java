package dev.supervisorportal.backend.namespaces.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NamespacePermissionRepository extends JpaRepository<NamespacePermission, Long> {

    List<NamespacePermission> findByNamespaceId(long namespaceId);

    List<NamespacePermission> findByNamespaceIdIn(List<Long> namespaceIds);

    java.util.Optional<NamespacePermission> findByNamespaceIdAndUserId(long namespaceId, long userId);

    java.util.Optional<NamespacePermission> findByNamespaceIdAndTeamId(long namespaceId, long teamId);

    /** For a namespace's deletion. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("delete from NamespacePermission x where x.namespaceId = :namespaceId")
    void deleteByNamespaceId(@org.springframework.data.repository.query.Param("namespaceId") long namespaceId);
}
