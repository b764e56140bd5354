package dev.supervisorportal.backend.workloads;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a Kubernetes resource quantity, read with the grammar of Kubernetes' {@code resource.Quantity}:
 * <pre>
 * quantity ::= [sign] number suffix            sign   ::= "+" | "-"
 * number   ::= digits | digits "." digits | digits "." | "." digits
 * suffix   ::= binarySI | decimalSI | ("e" | "E") [sign] digits
 * binarySI ::= Ki | Mi | Gi | Ti | Pi | Ei     (powers of 1024)
 * decimalSI::= n | u | m | "" | k | M | G | T | P | E   (powers of 1000)
 * </pre>
 * As Kubernetes does, a value more precise than 10⁻⁹ is rounded up, away from zero, to the next 10⁻⁹, and an exponent
 * must fit in 32 bits. Unlike Kubernetes, which caps a quantity with a binary suffix at 2⁶³-1, the value is kept as
 * written: what it is used for decides what is too large ({@link KubernetesQuantities}).
 */
final class KubernetesQuantity {

    private static final Pattern GRAMMAR = Pattern.compile("(?<sign>[+-]?)(?=\\.?[0-9])"
            + "(?<integer>[0-9]*)(?:\\.(?<fraction>[0-9]*))?"
            + "(?:(?<binary>[KMGTPE]i)|[eE](?<exponent>[+-]?[0-9]+)|(?<decimal>[numkMGTPE]?))");
    private static final Map<String, Integer> POWERS_OF_TWO = Map.of(
            "Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
    private static final Map<String, Integer> POWERS_OF_TEN = Map.of(
            "n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    private static final int NANO_DIGITS = 9;

    private KubernetesQuantity() {
    }

    /** The value of {@code text}, or empty when it is no quantity (surrounding blanks included, as in Kubernetes). */
    static Optional<BigDecimal> parse(String text) {
        Matcher quantity = text == null ? null : GRAMMAR.matcher(text);
        if (quantity == null || !quantity.matches()) {
            return Optional.empty();
        }
        String fraction = quantity.group("fraction") == null ? "" : quantity.group("fraction");
        BigInteger digits = new BigInteger(quantity.group("integer") + fraction);
        Optional<BigDecimal> magnitude = quantity.group("binary") != null
                ? Optional.of(new BigDecimal(digits, fraction.length())
                .multiply(new BigDecimal(BigInteger.ONE.shiftLeft(POWERS_OF_TWO.get(quantity.group("binary"))))))
                : powerOfTen(quantity).map(exponent -> scaled(digits, fraction.length() - (long) exponent));
        return magnitude.map(KubernetesQuantity::roundedUpToNanos)
                .map(value -> quantity.group("sign").equals("-") ? value.negate() : value);
    }

    /** The power of ten of a decimal suffix or exponent; empty when the exponent does not fit in 32 bits. */
    private static Optional<Integer> powerOfTen(Matcher quantity) {
        if (quantity.group("exponent") == null) {
            return Optional.of(POWERS_OF_TEN.get(quantity.group("decimal")));
        }
        try {
            return Optional.of(Integer.parseInt(quantity.group("exponent")));
        } catch (NumberFormatException beyond32Bits) {
            return Optional.empty();
        }
    }

    /**
     * {@code digits × 10^-scale}; below 10⁻⁹ already the next 10⁻⁹, so that no power of ten is ever computed for a
     * tiny value as {@code 1e-2000000000}.
     */
    private static BigDecimal scaled(BigInteger digits, long scale) {
        if (digits.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (scale - NANO_DIGITS >= new BigDecimal(digits).precision()) {
            return BigDecimal.ONE.movePointLeft(NANO_DIGITS);
        }
        return new BigDecimal(digits, Math.toIntExact(scale));
    }

    private static BigDecimal roundedUpToNanos(BigDecimal value) {
        return value.scale() > NANO_DIGITS ? value.setScale(NANO_DIGITS, RoundingMode.UP) : value;
    }
}
