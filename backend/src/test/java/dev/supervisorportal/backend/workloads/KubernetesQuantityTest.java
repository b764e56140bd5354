package dev.supervisorportal.backend.workloads;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quantity grammar against Kubernetes' own table of cases: the data in {@code kubernetes/quantity-valid.csv} and
 * {@code kubernetes/quantity-invalid.csv} is ported from Kubernetes' {@code pkg/api/resource/quantity_test.go}
 * (kubernetes/apimachinery), its tests {@code TestQuantityParse} and {@code TestParseQuantity}.
 */
class KubernetesQuantityTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvFileSource(resources = "/kubernetes/quantity-valid.csv")
    void kubernetesReadsItAsThisValue(String input, BigDecimal value) {
        assertThat(KubernetesQuantity.parse(input)).hasValueSatisfying(parsed ->
                assertThat(parsed).isEqualByComparingTo(value));
        if (!input.startsWith("-") && !input.startsWith("+")) {
            assertThat(KubernetesQuantity.parse("-" + input)).as("-" + input).hasValueSatisfying(parsed ->
                    assertThat(parsed).isEqualByComparingTo(value.negate()));
            assertThat(KubernetesQuantity.parse("+" + input)).as("+" + input).hasValueSatisfying(parsed ->
                    assertThat(parsed).isEqualByComparingTo(value));
        }
    }

    @ParameterizedTest(name = "''{0}'' is no quantity")
    @CsvFileSource(resources = "/kubernetes/quantity-invalid.csv")
    void kubernetesRefusesIt(String input) {
        assertThat(KubernetesQuantity.parse(input)).isEmpty();
    }

    /** The grammar needs digits, which Kubernetes' scanner does not insist on ("." and "Gi" are 0 to it). */
    @ParameterizedTest(name = "''{0}'' is no quantity")
    @ValueSource(strings = {".", "+", "-", "Gi", "k", "m", "e3", "1e", "1E+", "1ei", "1Ki3", "1KI", "1 Gi", "1..0",
            "1e3.5", "1e99999999999", "١"})
    void aNumberNeedsDigitsAndAnExponentFitsIn32Bits(String input) {
        assertThat(KubernetesQuantity.parse(input)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1e2147483647         | 1e2147483647
            1e-2147483648        | 0.000000001
            -0.0000000000001e-90 | -0.000000001
            0e2147483647         | 0
            1.5e-9               | 0.000000002
            00012.50000Ki        | 12800
            """)
    void extremeExponentsAreKeptOrRoundedUpWithoutComputingThem(String input, BigDecimal value) {
        assertThat(KubernetesQuantity.parse(input)).hasValueSatisfying(parsed ->
                assertThat(parsed).isEqualByComparingTo(value));
    }
}
