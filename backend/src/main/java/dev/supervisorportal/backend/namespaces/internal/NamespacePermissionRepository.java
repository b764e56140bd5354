package dev.supervisorportal.backend.namespaces.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NamespacePermissionRepository extends JpaRepository<NamespacePermission, Long> {

    List<NamespacePermission> findByNamespaceId(long namespaceId);

    List<NamespacePermission> findByNamespaceIdIn(List<Long> namespaceIds);

    java.util.Optional<NamespacePermission> findByNamespaceIdAndUserId(long namespaceId, long userId);

    java.util.Optional<NamespacePermission> findByNamespaceIdAndTeamId(long namespaceId, long teamId);
}
