package dev.supervisorportal.backend.namespaces;

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
}
