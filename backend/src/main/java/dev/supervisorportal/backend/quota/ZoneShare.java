package dev.supervisorportal.backend.quota;

/** A namespace's share of its limits in one zone, and how much of that share is in use. */
public record ZoneShare(String zone, Limits limit, Limits used) {

    public Limits free() {
        return limit.minus(used);
    }
}
