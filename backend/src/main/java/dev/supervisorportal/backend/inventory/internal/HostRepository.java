package dev.supervisorportal.backend.inventory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface HostRepository extends JpaRepository<Host, Long> {

    Optional<Host> findByName(String name);

    List<Host> findByZoneNameOrderByNameAsc(String zoneName);
}
