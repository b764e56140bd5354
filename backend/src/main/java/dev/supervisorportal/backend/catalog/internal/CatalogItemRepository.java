package dev.supervisorportal.backend.catalog.internal;

import dev.supervisorportal.backend.catalog.CatalogKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long> {

    boolean existsByKindAndName(CatalogKind kind, String name);

    Optional<CatalogItem> findByKindAndName(CatalogKind kind, String name);

    List<CatalogItem> findByKindOrderByNameAsc(CatalogKind kind);
}
