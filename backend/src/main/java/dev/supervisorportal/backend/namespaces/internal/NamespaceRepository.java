package dev.supervisorportal.backend.namespaces.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface NamespaceRepository extends JpaRepository<Namespace, Long> {

    Optional<Namespace> findByName(String name);

    boolean existsByName(String name);

    List<Namespace> findAllByOrderByNameAsc();

    /** The namespaces where the user, or the user's team, holds a permission. */
    @Query("""
            select n from Namespace n
            where n.id in (select p.namespaceId from NamespacePermission p
                           where p.userId = :userId or p.teamId = :teamId)
            order by n.name""")
    List<Namespace> findVisibleTo(@Param("userId") long userId, @Param("teamId") long teamId);
}
