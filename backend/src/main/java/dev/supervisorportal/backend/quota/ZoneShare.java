package dev.supervisorportal.backend.quota;

import java.util.Arrays;
import java.util.Optional;

/** A namespace's share of its limits in one zone, and how much of that share is in use. */
public record ZoneShare(String zone, Limits limit, Limits used) {

    public Limits free() {
        return limit.minus(used);
    }

    /** Why {@code demand} does not fit the free share, naming the first resource short; empty when it fits. */
    public Optional<String> shortfall(Limits demand) {
        return fit(demand).shortfalls().stream().findFirst().map(ZoneFit.Shortfall::message);
    }

    /** How {@code demand} fits the free share, with every resource that falls short. */
    public ZoneFit fit(Limits demand) {
        Limits free = free();
        return new ZoneFit(zone, demand, limit, free, Arrays.stream(Resource.values())
                .filter(resource -> resource.of(demand) > resource.of(free))
                .map(resource -> new ZoneFit.Shortfall(resource, resource.of(demand), resource.of(free),
                        "Not enough " + resource.label() + " quota in " + zone + ": needs "
                                + resource.format(resource.of(demand)) + ", " + resource.format(resource.of(free))
                                + " free of " + resource.format(resource.of(limit)) + "."))
                .toList());
    }

    /** Why {@code newShare} would fall below what is in use in this zone; empty when it does not. */
    public Optional<String> belowUse(Limits newShare) {
        return Arrays.stream(Resource.values())
                .filter(resource -> resource.of(newShare) < resource.of(used))
                .findFirst()
                .map(resource -> "The new " + resource.label() + " limit would give " + zone + " a share of "
                        + resource.format(resource.of(newShare)) + ", below the " + resource.format(resource.of(used))
                        + " in use there.");
    }
}
