package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPU and memory requests written as Kubernetes quantities: {@code 250m}, {@code 2}, {@code 512Mi}, {@code 4Gi}. */
public final class KubernetesQuantities {

    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([a-zA-Z]*)");
    private static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024L);
    private static final Map<String, BigDecimal> MEMORY_SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("k", BigDecimal.valueOf(1_000L)), Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)), Map.entry("T", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("Ki", BigDecimal.valueOf(1024L)), Map.entry("Mi", MIB),
            Map.entry("Gi", MIB.multiply(BigDecimal.valueOf(1024L))),
            Map.entry("Ti", MIB.multiply(BigDecimal.valueOf(1024L * 1024L))));
    /** Far more than any one host has, and small enough that no sum overflows. */
    private static final long MAX_MILLICORES = 1_000_000_000L;
    private static final long MAX_MIB = 1_000_000_000L;
    /** As long as a request is kept (and far longer than any sensible one). */
    public static final int MAX_LENGTH = 20;

    private KubernetesQuantities() {
    }

    /** Millicores of a CPU quantity ({@code 250m} → 250, {@code 1.5} → 1500), or why it is none. */
    public static Result cpuMillicores(String text) {
        if (text != null && text.strip().length() > MAX_LENGTH) {
            return Result.problem(Msg.of("workloads.quantity.cpu-too-long", MAX_LENGTH));
        }
        Matcher matcher = text == null ? null : QUANTITY.matcher(text.strip());
        if (matcher == null || !matcher.matches() || !(matcher.group(2).isEmpty() || matcher.group(2).equals("m"))) {
            return Result.problem(Msg.of("workloads.quantity.cpu-unreadable", text == null ? "" : text));
        }
        BigDecimal value = new BigDecimal(matcher.group(1));
        BigDecimal millis = matcher.group(2).equals("m") ? value : value.multiply(BigDecimal.valueOf(1000));
        return bounded(millis.setScale(0, RoundingMode.CEILING), MAX_MILLICORES,
                Msg.of("workloads.quantity.cpu-not-positive"), Msg.of("workloads.quantity.cpu-too-large"));
    }

    /** MiB of a memory quantity, rounded up ({@code 512Mi} → 512, {@code 1G} → 954), or why it is none. */
    public static Result memoryMib(String text) {
        if (text != null && text.strip().length() > MAX_LENGTH) {
            return Result.problem(Msg.of("workloads.quantity.memory-too-long", MAX_LENGTH));
        }
        Matcher matcher = text == null ? null : QUANTITY.matcher(text.strip());
        BigDecimal factor = matcher != null && matcher.matches() ? MEMORY_SUFFIXES.get(matcher.group(2)) : null;
        if (factor == null) {
            return Result.problem(Msg.of("workloads.quantity.memory-unreadable", text == null ? "" : text));
        }
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(factor);
        return bounded(bytes.divide(MIB, 0, RoundingMode.CEILING), MAX_MIB,
                Msg.of("workloads.quantity.memory-not-positive"), Msg.of("workloads.quantity.memory-too-large"));
    }

    private static Result bounded(BigDecimal value, long max, Msg notPositive, Msg tooLarge) {
        if (value.signum() <= 0) {
            return Result.problem(notPositive);
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Result.problem(tooLarge);
        }
        return new Result(value.longValueExact(), null);
    }

    /** A parsed amount, or the problem with the text. */
    public record Result(long value, Msg problem) {

        static Result problem(Msg message) {
            return new Result(0, message);
        }

        public Optional<Msg> problemMessage() {
            return Optional.ofNullable(problem);
        }
    }
}
