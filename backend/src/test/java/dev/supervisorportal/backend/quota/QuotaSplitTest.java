package dev.supervisorportal.backend.quota;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaSplitTest {

    private static final List<String> THREE_ZONES = List.of("zone-a", "zone-b", "zone-c");

    @ParameterizedTest(name = "{0} over three zones -> {1} / {2} / {3}")
    @CsvSource({
            "3001, 1001, 1000, 1000",
            "3002, 1001, 1001, 1000",
            "3000, 1000, 1000, 1000",
            "300,  100,  100,  100",
            "2,    1,    1,    0",
            "1,    1,    0,    0",
            "0,    0,    0,    0",
    })
    void sharesFloorAndGivesTheRemainderToTheFirstZonesByName(long limit, long a, long b, long c) {
        assertThat(QuotaSplit.split(limit, THREE_ZONES))
                .containsExactly(Map.entry("zone-a", a), Map.entry("zone-b", b), Map.entry("zone-c", c));
    }

    @Test
    void ordersZonesByNameWhateverOrderTheyComeIn() {
        assertThat(QuotaSplit.split(3001, List.of("zone-c", "zone-a", "zone-b")))
                .containsExactly(Map.entry("zone-a", 1001L), Map.entry("zone-b", 1000L), Map.entry("zone-c", 1000L));
    }

    @Test
    void aSingleZoneGetsTheWholeLimit() {
        assertThat(QuotaSplit.split(3001, List.of("zone-a"))).containsExactly(Map.entry("zone-a", 3001L));
    }

    @Test
    void splitsEachOfTheThreeLimitsOnItsOwn() {
        assertThat(QuotaSplit.split(new Limits(3001, 1024, 100), THREE_ZONES)).containsExactly(
                Map.entry("zone-a", new Limits(1001, 342, 34)),
                Map.entry("zone-b", new Limits(1000, 341, 33)),
                Map.entry("zone-c", new Limits(1000, 341, 33)));
    }

    @Test
    void refusesANegativeLimitAndNoZones() {
        assertThatThrownBy(() -> QuotaSplit.split(-1, THREE_ZONES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuotaSplit.split(5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> randomLimitsAndZones() {
        long seed = 20261125L;
        Random random = new Random(seed);
        return IntStream.range(0, 2000).mapToObj(i -> {
            int zoneCount = 1 + random.nextInt(7);
            List<String> zones = new ArrayList<>(IntStream.range(0, zoneCount).mapToObj(z -> "zone-" + (char) ('a' + z)).toList());
            Collections.shuffle(zones, random);
            long limit = random.nextInt(4) == 0 ? random.nextInt(10) : (long) (random.nextDouble() * 1e12);
            return Arguments.of(seed, i, limit, zones);
        });
    }

    @ParameterizedTest(name = "seed {0} case {1}: {2} over {3}")
    @MethodSource("randomLimitsAndZones")
    void sharesAlwaysAddUpDifferByAtMostOneAndNeverGrowAlongTheZoneOrder(long seed, int index, long limit, List<String> zones) {
        List<Long> shares = List.copyOf(QuotaSplit.split(limit, zones).values());

        assertThat(shares.stream().mapToLong(Long::longValue).sum()).as("sum, seed %d case %d", seed, index).isEqualTo(limit);
        LongStream.range(1, shares.size()).forEach(i -> assertThat(shares.get((int) i))
                .as("seed %d case %d", seed, index)
                .isLessThanOrEqualTo(shares.get((int) i - 1))
                .isGreaterThanOrEqualTo(shares.get(0) - 1));
    }
}
