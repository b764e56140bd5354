package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Policy;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MainTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SNAPSHOT = """
            {"policy": "pack",
             "hosts": [
               {"name": "esx-a-01", "zone": "zone-a", "state": "READY",
                "capacity": {"cpuMhz": 32000, "memoryMib": 131072, "storageGib": 2000},
                "used": {"cpuMhz": 8000, "memoryMib": 32768, "storageGib": 500}},
               {"name": "esx-a-02", "zone": "zone-a", "state": "READY",
                "capacity": {"cpuMhz": 32000, "memoryMib": 131072, "storageGib": 2000},
                "used": {"cpuMhz": 0, "memoryMib": 0, "storageGib": 0},
                "antiAffinityKeys": ["tkg-1-cp"]},
               {"name": "esx-b-01", "zone": "zone-b", "state": "MAINTENANCE",
                "capacity": {"cpuMhz": 32000, "memoryMib": 131072, "storageGib": 2000}}
             ],
             "workloads": [
               {"name": "cp-1", "demand": {"cpuMhz": 4000, "memoryMib": 16384, "storageGib": 40}, "antiAffinity": "tkg-1-cp"},
               {"name": "web-1", "demand": {"cpuMhz": 2000, "memoryMib": 4096, "storageGib": 20}, "zone": "zone-a"},
               {"name": "db-1", "demand": {"cpuMhz": 16000, "memoryMib": 65536, "storageGib": 400}},
               {"name": "big-1", "demand": {"cpuMhz": 30000, "memoryMib": 8192, "storageGib": 10}, "zone": "zone-b"}
             ]}
            """;

    record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The same snapshot as {@link #SNAPSHOT}, built with the library. */
    private static Snapshot snapshotInJava() {
        Resources capacity = new Resources(32_000, 131_072, 2_000);
        return new Snapshot(
                List.of(new Host("esx-a-01", "zone-a", HostState.READY, capacity, new Resources(8_000, 32_768, 500)),
                        new Host("esx-a-02", "zone-a", HostState.READY, capacity, Resources.ZERO, Set.of("tkg-1-cp")),
                        new Host("esx-b-01", "zone-b", HostState.MAINTENANCE, capacity, Resources.ZERO)),
                List.of(new Workload("cp-1", new Resources(4_000, 16_384, 40), null, "tkg-1-cp"),
                        new Workload("web-1", new Resources(2_000, 4_096, 20), "zone-a", null),
                        Workload.of("db-1", new Resources(16_000, 65_536, 400)),
                        new Workload("big-1", new Resources(30_000, 8_192, 10), "zone-b", null)));
    }

    @Test
    void planPrintsWhatTheLibraryDecidesWithReasonsAndStats() {
        Result result = run(SNAPSHOT, "plan");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode output = JSON.readTree(result.out());
        Plan expected = new Scheduler().place(snapshotInJava(), Policy.PACK);
        List<String> placements = new ArrayList<>();
        output.get("placements").forEach(p -> placements.add(p.get("workload").stringValue() + "@" + p.get("host").stringValue()));
        assertThat(placements).containsExactlyElementsOf(
                expected.placements().stream().map(p -> p.workload() + "@" + p.host()).toList());
        assertThat(placements).containsExactly("db-1@esx-a-01", "cp-1@esx-a-01", "web-1@esx-a-01");
        JsonNode unplaced = output.get("unplaced").get(0);
        assertThat(unplaced.get("workload").stringValue()).isEqualTo("big-1");
        assertThat(unplaced.get("reasons").propertyNames()).containsExactly("esx-a-01", "esx-a-02", "esx-b-01");
        assertThat(unplaced.get("reasons").get("esx-b-01").stringValue()).isEqualTo("in maintenance");
        assertThat(unplaced.get("reasons").get("esx-a-02").stringValue()).isEqualTo("zone-a, asked zone-b");
        JsonNode stats = output.get("stats");
        assertThat(stats.get("workloads").intValue()).isEqualTo(4);
        assertThat(stats.get("placed").intValue()).isEqualTo(3);
        assertThat(stats.get("hostsUsed").intValue()).isEqualTo(1);
        assertThat(stats.get("millis").doubleValue()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void planSpreadsWhenTheInputNamesNoPolicy() {
        Result result = run(SNAPSHOT.replace("\"policy\": \"pack\",", ""), "plan");

        Plan expected = new Scheduler().place(snapshotInJava(), Policy.SPREAD);
        JsonNode placements = JSON.readTree(result.out()).get("placements");
        assertThat(placements).hasSize(expected.placements().size());
        for (int i = 0; i < placements.size(); i++) {
            assertThat(placements.get(i).get("host").stringValue()).isEqualTo(expected.placements().get(i).host());
        }
        assertThat(expected.hostsUsed()).isEqualTo(2);
    }

    @Test
    void scoreRatesTheFirstWorkloadOnEveryHostThatCanTakeIt() {
        Result result = run(SNAPSHOT, "score", "--scorer", "least-allocated");

        assertThat(result.status()).isZero();
        JsonNode output = JSON.readTree(result.out());
        assertThat(output.get("workload").stringValue()).isEqualTo("cp-1");
        // esx-a-01: cpu 12000 of 32000 -> 62, memory 49152 of 131072 -> 62; esx-a-02 runs tkg-1-cp already
        assertThat(output.get("scores").toString()).isEqualTo("[{\"host\":\"esx-a-01\",\"score\":62}]");
        assertThat(output.get("filtered").toString()).isEqualTo("[{\"host\":\"esx-a-02\",\"reason\":"
                + "\"anti-affinity: already runs a workload with key tkg-1-cp\"},"
                + "{\"host\":\"esx-b-01\",\"reason\":\"in maintenance\"}]");
    }

    @Test
    void benchReportsTimingsOnAGeneratedSnapshot() {
        Result result = run("", "bench", "--hosts", "30", "--workloads", "300", "--seed", "7",
                "--policy", "balanced", "--warmup", "1", "--rounds", "3");

        assertThat(result.status()).isZero();
        JsonNode output = JSON.readTree(result.out());
        assertThat(output.get("hosts").intValue()).isEqualTo(30);
        assertThat(output.get("workloads").intValue()).isEqualTo(300);
        assertThat(output.get("policy").stringValue()).isEqualTo("balanced");
        assertThat(output.get("sizes").stringValue()).isEqualTo("classes");
        assertThat(output.get("placed").intValue() + output.get("unplaced").intValue()).isEqualTo(300);
        assertThat(output.get("bestMillis").doubleValue())
                .isPositive()
                .isLessThanOrEqualTo(output.get("medianMillis").doubleValue());
        assertThat(output.get("placementsPerSecond").longValue()).isPositive();
    }

    @Test
    void benchCanGiveEveryWorkloadItsOwnSize() {
        Result result = run("", "bench", "--hosts", "30", "--workloads", "300", "--sizes", "distinct",
                "--warmup", "0", "--rounds", "1");

        assertThat(result.status()).isZero();
        assertThat(JSON.readTree(result.out()).get("sizes").stringValue()).isEqualTo("distinct");
    }

    @Test
    void helpPrintsTheUsage() {
        Result result = run("", "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("usage: java -jar scheduler-core.jar plan");
    }

    private static final String HOST = """
            {"name": "esx-a-01", "zone": "zone-a", "state": "READY",
             "capacity": {"cpuMhz": 1000, "memoryMib": 1000, "storageGib": 1000}}""";
    private static final String WORKLOAD = """
            {"name": "vm-1", "demand": {"cpuMhz": 1, "memoryMib": 1, "storageGib": 1}}""";

    private static String input(String hosts, String workloads) {
        return "{\"hosts\": [" + hosts + "], \"workloads\": [" + workloads + "]}";
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("unclosed JSON", List.of("plan"), "{\"hosts\": [",
                        "error: invalid JSON at line 1, column 12: Unexpected end-of-input: expected close marker for Array"),
                arguments("empty input", List.of("plan"), "", "error: invalid JSON: the input is empty"),
                arguments("two documents", List.of("plan"), input("", "") + " {}",
                        "error: invalid JSON at line 1, column 32: more after the end of the snapshot"),
                arguments("a field twice", List.of("plan"), "{\"hosts\": [], \"hosts\": [], \"workloads\": []}",
                        "error: invalid JSON at line 1, column 22: Duplicate Object property \"hosts\""),
                arguments("not an object", List.of("plan"), "[]", "error: input: must be an object (was an array)"),
                arguments("no hosts", List.of("plan"), "{\"workloads\": []}", "error: hosts: missing"),
                arguments("negative capacity", List.of("plan"), input(HOST.replace("\"cpuMhz\": 1000", "\"cpuMhz\": -1"), ""),
                        "error: hosts[0].capacity.cpuMhz: must not be negative (was -1)"),
                arguments("missing capacity", List.of("plan"),
                        input("{\"name\": \"esx\", \"zone\": \"z\", \"state\": \"READY\"}", ""),
                        "error: hosts[0].capacity: missing"),
                arguments("missing capacity field", List.of("plan"),
                        input(HOST.replace("\"memoryMib\": 1000, ", ""), ""),
                        "error: hosts[0].capacity.memoryMib: missing"),
                arguments("incomplete use", List.of("plan"),
                        input(HOST.replace("}}", "}, \"used\": {\"cpuMhz\": 1, \"memoryMib\": 1}}"), ""),
                        "error: hosts[0].used.storageGib: missing"),
                arguments("fractional amount", List.of("plan"), input(HOST.replace("1000,", "1.5,"), ""),
                        "error: hosts[0].capacity.cpuMhz: must be a whole number (was 1.5)"),
                arguments("amount as text", List.of("plan"), input("", WORKLOAD.replace("\"cpuMhz\": 1", "\"cpuMhz\": \"1\"")),
                        "error: workloads[0].demand.cpuMhz: must be a whole number (was \"1\")"),
                arguments("huge amount", List.of("plan"), input(HOST.replace("1000,", "99999999999999999999,"), ""),
                        "error: hosts[0].capacity.cpuMhz: must be at most 1099511627776 (was 99999999999999999999)"),
                arguments("unknown policy", List.of("plan"), "{\"policy\": \"fast\", \"hosts\": [], \"workloads\": []}",
                        "error: policy: unknown policy 'fast' (expected spread, pack, balanced)"),
                arguments("unknown state", List.of("plan"), input(HOST.replace("READY", "UP"), ""),
                        "error: hosts[0].state: unknown state 'UP' (expected READY, MAINTENANCE or FAILED)"),
                arguments("blank name", List.of("plan"), input(HOST.replace("esx-a-01", " "), ""),
                        "error: hosts[0]: host name must not be blank"),
                arguments("duplicate host names", List.of("plan"), input(HOST + "," + HOST, ""),
                        "error: duplicate host name 'esx-a-01'"),
                arguments("duplicate workload names", List.of("plan"), input("", WORKLOAD + "," + WORKLOAD),
                        "error: duplicate workload name 'vm-1'"),
                arguments("misspelt field", List.of("plan"),
                        input("", WORKLOAD.replace("}}", "}, \"antiAfinity\": \"tkg-1-cp\"}")),
                        "error: workloads[0]: unknown field 'antiAfinity' (expected one of [antiAffinity, demand, name, zone])"),
                arguments("no command", List.of(), "", "error: usage: java -jar scheduler-core.jar plan"),
                arguments("unknown command", List.of("place"), "", "error: unknown command 'place'; usage:"),
                arguments("option plan does not know", List.of("plan", "--policy", "pack"), "",
                        "error: plan: unknown option '--policy' (expected none)"),
                arguments("score without scorer", List.of("score"), input(HOST, WORKLOAD),
                        "error: score: option --scorer is required"),
                arguments("unknown scorer", List.of("score", "--scorer", "spread"), input(HOST, WORKLOAD),
                        "error: score: unknown scorer 'spread' (expected least-allocated, most-allocated, balanced-allocation)"),
                arguments("nothing to score", List.of("score", "--scorer", "least-allocated"), input(HOST, ""),
                        "error: score: the input has no workload to score"),
                arguments("bench without hosts", List.of("bench", "--hosts", "0"), "",
                        "error: option --hosts: must be at least 1 (was 0)"),
                arguments("bench too large", List.of("bench", "--workloads", "99999999999"), "",
                        "error: option --workloads: must be at most 1000000 (was 99999999999)"),
                arguments("bench with a word for a number", List.of("bench", "--rounds", "many"), "",
                        "error: option --rounds: 'many' is not a whole number"),
                arguments("bench with an unknown policy", List.of("bench", "--policy", "fast"), "",
                        "error: bench: unknown policy 'fast' (expected spread, pack, balanced)"),
                arguments("bench with unknown sizes", List.of("bench", "--sizes", "random"), "",
                        "error: bench: unknown sizes 'random' (expected classes or distinct)"),
                arguments("option without value", List.of("bench", "--seed"), "",
                        "error: bench: option --seed needs a value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputExitsWithTwoAndOneClearLine(String description, List<String> args, String stdin,
                                                   String expectedStart) {
        Result result = run(stdin, args.toArray(String[]::new));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith(expectedStart)
                .doesNotContain("Exception")
                .doesNotContain("Source:")
                .doesNotContain("\tat ");
    }
}
