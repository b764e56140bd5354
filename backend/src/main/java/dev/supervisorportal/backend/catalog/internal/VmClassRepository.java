package dev.supervisorportal.backend.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface VmClassRepository extends JpaRepository<VmClass, Long> {

    Optional<VmClass> findByName(String name);
}
