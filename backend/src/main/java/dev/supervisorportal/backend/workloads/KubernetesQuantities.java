package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * CPU and memory requests written as Kubernetes quantities ({@code 250m}, {@code .5}, {@code 2}, {@code 1e3},
 * {@code 512Mi}, {@code 1.5Gi}, {@code 1G}: the grammar of {@link KubernetesQuantity}) in the units the portal counts,
 * millicores and MiB. A quantity that is no request in that unit is refused saying why: zero or less, more than any
 * host has, or for memory a fraction of a byte ({@code 512m} is 0.512 bytes).
 */
public final class KubernetesQuantities {

    private static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024L);
    /** As long as a request is kept (and far longer than any sensible one). */
    public static final int MAX_LENGTH = 20;
    /** Far more than any one host has, and small enough that no sum overflows: 10⁹ millicores, 10⁹ MiB. */
    private static final Request CPU = new Request(BigDecimal.valueOf(1_000_000L),
            Msg.of("workloads.quantity.cpu-too-long", MAX_LENGTH),
            text -> Msg.of("workloads.quantity.cpu-unreadable", text),
            Msg.of("workloads.quantity.cpu-not-positive"), Msg.of("workloads.quantity.cpu-too-large"));
    private static final Request MEMORY = new Request(BigDecimal.valueOf(1_000_000_000L).multiply(MIB),
            Msg.of("workloads.quantity.memory-too-long", MAX_LENGTH),
            text -> Msg.of("workloads.quantity.memory-unreadable", text),
            Msg.of("workloads.quantity.memory-not-positive"), Msg.of("workloads.quantity.memory-too-large"));

    private KubernetesQuantities() {
    }

    /** Millicores of a CPU quantity, rounded up ({@code 250m} → 250, {@code 1.5} → 1500), or why it is none. */
    public static Result cpuMillicores(String text) {
        return CPU.read(text).map(cores -> Result.of(cores.movePointRight(3).setScale(0, RoundingMode.CEILING)));
    }

    /** MiB of a memory quantity of whole bytes, rounded up ({@code 512Mi} → 512, {@code 1G} → 954), or why it is none. */
    public static Result memoryMib(String text) {
        return MEMORY.read(text).map(bytes -> bytes.stripTrailingZeros().scale() > 0
                ? Result.problem(Msg.of("workloads.quantity.memory-fraction-of-byte", text.strip(),
                bytes.stripTrailingZeros().toPlainString()))
                : Result.of(bytes.divide(MIB, 0, RoundingMode.CEILING)));
    }

    /** What a request may be (more than 0, at most {@code max}), and the refusals of what it may not. */
    private record Request(BigDecimal max, Msg tooLong, Function<String, Msg> unreadable, Msg notPositive,
                           Msg tooLarge) {

        /** The value of {@code text}, or the refusal of it. */
        Read read(String text) {
            if (text != null && text.strip().length() > MAX_LENGTH) {
                return new Read(null, tooLong);
            }
            Optional<BigDecimal> value = text == null ? Optional.empty() : KubernetesQuantity.parse(text.strip());
            if (value.isEmpty()) {
                return new Read(null, unreadable.apply(text == null ? "" : text));
            }
            if (value.get().signum() <= 0) {
                return new Read(null, notPositive);
            }
            return value.get().compareTo(max) > 0 ? new Read(null, tooLarge) : new Read(value.get(), null);
        }
    }

    /** A value in range, or the refusal of the text. */
    private record Read(BigDecimal value, Msg problem) {

        Result map(Function<BigDecimal, Result> inUnit) {
            return problem == null ? inUnit.apply(value) : Result.problem(problem);
        }
    }

    /** A parsed amount, or the problem with the text. */
    public record Result(long value, Msg problem) {

        static Result of(BigDecimal value) {
            return new Result(value.longValueExact(), null);
        }

        static Result problem(Msg message) {
            return new Result(0, message);
        }

        public Optional<Msg> problemMessage() {
            return Optional.ofNullable(problem);
        }
    }
}
