package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.Msg;
import java.util.Arrays;
import java.util.Optional;

/** A namespace's share of its limits in one zone, and how much of that share is in use. */
public record ZoneShare(String zone, Limits limit, Limits used) {

    public Limits free() {
        return limit.minus(used);
    }

    /** Why {@code demand} does not fit the free share, naming the first resource short; empty when it fits. */
    public Optional<Msg> shortfall(Limits demand) {
        return fit(demand).shortfalls().stream().findFirst().map(ZoneFit.Shortfall::reason);
    }

    /** How {@code demand} fits the free share, with every resource that falls short. */
    public ZoneFit fit(Limits demand) {
        Limits free = free();
        return new ZoneFit(zone, demand, limit, free, Arrays.stream(Resource.values())
                .filter(resource -> resource.of(demand) > resource.of(free))
                .map(resource -> new ZoneFit.Shortfall(resource, resource.of(demand), resource.of(free),
                        Msg.of("quota.not-enough", resource.text(), zone, resource.amount(resource.of(demand)),
                                resource.amount(resource.of(free)), resource.amount(resource.of(limit)))))
                .toList());
    }

    /** Why {@code newShare} would fall below what is in use in this zone; empty when it does not. */
    public Optional<Msg> belowUse(Limits newShare) {
        return Arrays.stream(Resource.values())
                .filter(resource -> resource.of(newShare) < resource.of(used))
                .findFirst()
                .map(resource -> Msg.of("quota.below-use", resource.text(), zone,
                        resource.amount(resource.of(newShare)), resource.amount(resource.of(used))));
    }
}
