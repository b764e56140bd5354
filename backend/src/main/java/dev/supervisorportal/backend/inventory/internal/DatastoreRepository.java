package dev.supervisorportal.backend.inventory.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface DatastoreRepository extends JpaRepository<Datastore, Long> {

    Optional<Datastore> findByName(String name);

    List<Datastore> findAllByOrderByNameAsc();

    List<Datastore> findByZoneNameOrderByNameAsc(String zoneName);

    /** The zone's datastores, locked, in id order (the order every locker takes them in). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Datastore d where d.zone.name = :zoneName order by d.id")
    List<Datastore> findLockedByZoneName(String zoneName);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Datastore d where d.id = :id")
    Optional<Datastore> findLockedById(long id);
}
