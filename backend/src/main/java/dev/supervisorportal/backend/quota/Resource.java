package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.Msg;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** The three resources quota is kept in, with how each reads in a message. */
public enum Resource {
    CPU(Limits::cpuMhz, "MHz"),
    MEMORY(Limits::memoryMib, "MiB"),
    STORAGE(Limits::storageGib, "GiB");

    private final ToLongFunction<Limits> amount;
    private final String unit;

    Resource(ToLongFunction<Limits> amount, String unit) {
        this.amount = amount;
        this.unit = unit;
    }

    public long of(Limits limits) {
        return amount.applyAsLong(limits);
    }

    public String format(long value) {
        return String.format(Locale.UK, "%,d %s", value, unit);
    }

    public String label() {
        return this == CPU ? "CPU" : name().toLowerCase(Locale.ROOT);
    }

    /** How a message names the resource, in the reader's language ("memory", "Arbeitsspeicher"). */
    public Msg text() {
        return switch (this) {
            case CPU -> Msg.of("quota.resource.cpu");
            case MEMORY -> Msg.of("quota.resource.memory");
            case STORAGE -> Msg.of("quota.resource.storage");
        };
    }

    /** An amount with its unit, the number grouped for the reader's locale ("4,000 MHz", "4.000 MHz"). */
    public Msg amount(long value) {
        return Msg.of("quota.amount", value, unit);
    }

    /** The resource {@code demand} takes the largest fraction of {@code limits} of; CPU on a tie. */
    static Resource scarcestFor(Limits demand, Limits limits) {
        return Arrays.stream(values())
                .max(Comparator.comparingDouble((Resource r) -> r.of(limits) == 0 ? 0 : (double) r.of(demand) / r.of(limits))
                        .thenComparing(Comparator.comparingInt(Resource::ordinal).reversed()))
                .orElse(CPU);
    }
}
