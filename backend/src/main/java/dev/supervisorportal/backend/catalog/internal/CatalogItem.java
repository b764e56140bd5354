package dev.supervisorportal.backend.catalog.internal;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CatalogKind kind;

    private String name;
    private String description;

    protected CatalogItem() {
    }

    public CatalogItem(CatalogKind kind, String name, String description) {
        this.kind = kind;
        this.name = name;
        this.description = description;
    }

    public CatalogItemView toView() {
        return new CatalogItemView(kind, name, description);
    }
}
