package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Msg;

/** The catalog entries a namespace may be limited to. */
public enum CatalogGrantKind {
    VM_CLASS, IMAGE, STORAGE_POLICY;

    public String label() {
        return switch (this) {
            case VM_CLASS -> "VM class";
            case IMAGE -> "image";
            case STORAGE_POLICY -> "storage policy";
        };
    }

    /** How a message names the kind, in the reader's language ("VM class", "VM-Klasse"). */
    public Msg text() {
        return switch (this) {
            case VM_CLASS -> Msg.of("namespaces.catalog-kind.vm-class");
            case IMAGE -> Msg.of("namespaces.catalog-kind.image");
            case STORAGE_POLICY -> Msg.of("namespaces.catalog-kind.storage-policy");
        };
    }
}
