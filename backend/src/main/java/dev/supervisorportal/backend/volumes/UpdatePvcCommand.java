package dev.supervisorportal.backend.volumes;

/**
 * A change to a claim: a new size (grow only; {@code null} keeps it), attach it to a workload or detach it
 * ({@code detach} true; {@code attachTo} null and {@code detach} false keep the attachment), at the version the caller
 * last saw ({@code null}: whatever it is now).
 */
public record UpdatePvcCommand(Long storageGib, AttachTarget attachTo, boolean detach, Long version) {

    public static UpdatePvcCommand grow(long storageGib, Long version) {
        return new UpdatePvcCommand(storageGib, null, false, version);
    }

    public static UpdatePvcCommand attach(String kind, String name, Long version) {
        return new UpdatePvcCommand(null, new AttachTarget(kind, name), false, version);
    }

    public static UpdatePvcCommand detachIt(Long version) {
        return new UpdatePvcCommand(null, null, true, version);
    }
}
