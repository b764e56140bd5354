package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One catalog entry a namespace may use; a namespace with none of a kind may use all of that kind. */
@Entity
public class NamespaceCatalogGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long namespaceId;

    @Enumerated(EnumType.STRING)
    private CatalogGrantKind kind;

    private String name;

    protected NamespaceCatalogGrant() {
    }

    public NamespaceCatalogGrant(long namespaceId, CatalogGrantKind kind, String name) {
        this.namespaceId = namespaceId;
        this.kind = kind;
        this.name = name;
    }

    public CatalogGrantKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
