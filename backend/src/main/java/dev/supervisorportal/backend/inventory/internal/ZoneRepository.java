package dev.supervisorportal.backend.inventory.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

public interface ZoneRepository extends JpaRepository<Zone, Long> {

    Optional<Zone> findByName(String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select z from Zone z where z.name = :name")
    Optional<Zone> findLockedByName(String name);
}
