package dev.supervisorportal.backend.catalog.internal;

import dev.supervisorportal.backend.catalog.CatalogKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long> {

    boolean existsByKindAndName(CatalogKind kind, String name);

    List<CatalogItem> findByKindOrderByNameAsc(CatalogKind kind);
}
