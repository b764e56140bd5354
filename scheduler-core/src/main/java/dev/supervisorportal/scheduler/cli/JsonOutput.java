package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Evaluation;
import dev.supervisorportal.scheduler.Placement;
import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Unplaced;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** The JSON the commands print, one document on one line. */
final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonOutput() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String plan(Plan plan, int workloads, double millis) {
        ObjectNode root = object();
        ArrayNode placements = root.putArray("placements");
        for (Placement placement : plan.placements()) {
            placements.addObject().put("workload", placement.workload()).put("host", placement.host());
        }
        ArrayNode unplaced = root.putArray("unplaced");
        for (Unplaced workload : plan.unplaced()) {
            ObjectNode entry = unplaced.addObject().put("workload", workload.workload());
            ObjectNode reasons = entry.putObject("reasons");
            for (Map.Entry<String, String> reason : workload.texts().entrySet()) {
                reasons.put(reason.getKey(), reason.getValue());
            }
        }
        root.putObject("stats")
                .put("workloads", workloads)
                .put("placed", plan.placements().size())
                .put("hostsUsed", plan.hostsUsed())
                .put("millis", millis);
        return write(root);
    }

    static String evaluation(Evaluation evaluation) {
        ObjectNode root = object().put("workload", evaluation.workload());
        ArrayNode scores = root.putArray("scores");
        for (Evaluation.HostScore score : evaluation.scores()) {
            scores.addObject().put("host", score.host()).put("score", score.score());
        }
        ArrayNode filtered = root.putArray("filtered");
        for (Evaluation.Rejection rejection : evaluation.filtered()) {
            filtered.addObject().put("host", rejection.host()).put("reason", rejection.text());
        }
        return write(root);
    }

    static String write(ObjectNode root) {
        return MAPPER.writeValueAsString(root);
    }

    /** Milliseconds with three decimals: a small plan takes well under one. */
    static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
