package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.Msg;

import java.util.List;

/**
 * How a demand fits a namespace's share in one zone, as admission would judge it: the demand, the share, what is
 * free of it, and every resource that falls short (empty when it fits).
 */
public record ZoneFit(String zone, Limits demand, Limits limit, Limits free, List<Shortfall> shortfalls) {

    public ZoneFit {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean fits() {
        return shortfalls.isEmpty();
    }

    /** One resource short: how much is needed, how much is free, and the refusal admission would give. */
    public record Shortfall(Resource resource, long needed, long free, Msg reason) {
    }
}
