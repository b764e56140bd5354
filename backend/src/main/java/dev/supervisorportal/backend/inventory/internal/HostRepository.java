package dev.supervisorportal.backend.inventory.internal;

import dev.supervisorportal.backend.inventory.HostTotal;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface HostRepository extends JpaRepository<Host, Long> {

    Optional<Host> findByName(String name);

    List<Host> findByZoneNameOrderByNameAsc(String zoneName);

    @Query("""
            select new dev.supervisorportal.backend.inventory.HostTotal(z.name, h.state, count(h), sum(h.cpuMhz),
                   sum(h.memoryMib), sum(h.storageGib))
            from Host h join h.zone z
            group by z.name, h.state
            order by z.name, h.state""")
    List<HostTotal> totalsByZoneAndState();

    @Query("select h from Host h join fetch h.zone where h.state <> dev.supervisorportal.backend.inventory.HostState.READY"
            + " order by h.name")
    List<Host> findNotReady(Pageable page);

    /** The zone of the host of this name, without loading the host. */
    @Query("select h.zone.name from Host h where h.name = :name")
    Optional<String> zoneNameOf(@org.springframework.data.repository.query.Param("name") String name);
}
