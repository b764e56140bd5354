package dev.supervisorportal.backend.workloads;

/** A zone a request asks for: blank means none, so that admission chooses. */
final class AskedZone {

    private AskedZone() {
    }

    static String of(String zone) {
        return zone == null || zone.isBlank() ? null : zone.strip();
    }
}
