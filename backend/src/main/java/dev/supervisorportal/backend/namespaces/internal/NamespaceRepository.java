package dev.supervisorportal.backend.namespaces.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface NamespaceRepository extends JpaRepository<Namespace, Long> {

    Optional<Namespace> findByName(String name);

    boolean existsByName(String name);

    @Query("select n.id from Namespace n where n.name = :name")
    Optional<Long> idByName(@Param("name") String name);

    /** The count limits, read from the database (a constructor query skips the entities the transaction holds). */
    @Query("""
            select new dev.supervisorportal.backend.namespaces.ObjectCountLimits(n.maxVms, n.maxTkgClusters,
                   n.maxPods, n.maxPvcs)
            from Namespace n where n.id = :id""")
    dev.supervisorportal.backend.namespaces.ObjectCountLimits countLimits(@Param("id") long id);

    /** Deletes the namespace's row; its contents, ledger, permissions, grants and quota requests went before. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Namespace n where n.id = :id")
    void deleteNow(@Param("id") long id);

    List<Namespace> findAllByOrderByNameAsc();

    /** The namespaces where the user, or the user's team, holds a permission. */
    @Query("""
            select n from Namespace n
            where n.id in (select p.namespaceId from NamespacePermission p
                           where p.userId = :userId or p.teamId = :teamId)
            order by n.name""")
    List<Namespace> findVisibleTo(@Param("userId") long userId, @Param("teamId") long teamId);
}
