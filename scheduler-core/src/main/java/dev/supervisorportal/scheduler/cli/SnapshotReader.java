package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Policy;
import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the JSON snapshot of {@code plan} and {@code score}, checking every field so that a
 * mistake is reported with its path ({@code hosts[2].capacity.cpuMhz}) rather than as a stack
 * trace. Unknown fields are refused: a misspelt {@code antiAffinity} silently ignored would place
 * control-plane nodes together.
 */
final class SnapshotReader {

    /** What the input says: the policy to place with and the snapshot. */
    record Input(Policy policy, Snapshot snapshot) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Trailing content is checked in parse(), with a message meant for people.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> ROOT_FIELDS = Set.of("policy", "hosts", "workloads");
    private static final Set<String> HOST_FIELDS = Set.of("name", "zone", "state", "capacity", "used", "antiAffinityKeys");
    private static final Set<String> WORKLOAD_FIELDS = Set.of("name", "demand", "zone", "antiAffinity");
    private static final Set<String> RESOURCE_FIELDS = Set.of("cpuMhz", "memoryMib", "storageGib");

    private SnapshotReader() {
    }

    static Input read(InputStream in) throws InputException {
        JsonNode root = parse(in);
        requireObject(root, "input", ROOT_FIELDS);
        Policy policy = policy(root.get("policy"));
        List<Host> hosts = new ArrayList<>();
        JsonNode hostNodes = requireArray(root, "hosts", "");
        for (int i = 0; i < hostNodes.size(); i++) {
            hosts.add(host(hostNodes.get(i), "hosts[" + i + "]"));
        }
        List<Workload> workloads = new ArrayList<>();
        JsonNode workloadNodes = requireArray(root, "workloads", "");
        for (int i = 0; i < workloadNodes.size(); i++) {
            workloads.add(workload(workloadNodes.get(i), "workloads[" + i + "]"));
        }
        try {
            return new Input(policy, new Snapshot(hosts, workloads));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static JsonNode parse(InputStream in) throws InputException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InputException("invalid JSON: the input is empty");
            }
            if (parser.nextToken() != null) {
                throw new InputException("invalid JSON" + where(parser.currentTokenLocation())
                        + ": more after the end of the snapshot");
            }
            return root;
        } catch (JacksonException e) {
            throw new InputException("invalid JSON" + where(e.getLocation()) + ": " + oneLine(e.getOriginalMessage()));
        }
    }

    private static String where(TokenStreamLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Policy policy(JsonNode node) throws InputException {
        if (node == null || node.isNull()) {
            return Policy.SPREAD;
        }
        try {
            return Policy.fromCliName(requireString(node, "policy"));
        } catch (IllegalArgumentException e) {
            throw new InputException("policy: " + e.getMessage());
        }
    }

    private static Host host(JsonNode node, String path) throws InputException {
        requireObject(node, path, HOST_FIELDS);
        String name = requiredString(node, "name", path);
        String zone = requiredString(node, "zone", path);
        HostState state = state(requiredString(node, "state", path), path + ".state");
        Resources capacity = resources(node.get("capacity"), path + ".capacity");
        JsonNode usedNode = node.get("used");
        Resources used = usedNode == null || usedNode.isNull() ? Resources.ZERO : resources(usedNode, path + ".used");
        Set<String> keys = keys(node.get("antiAffinityKeys"), path + ".antiAffinityKeys");
        return construct(path, () -> new Host(name, zone, state, capacity, used, keys));
    }

    private static Workload workload(JsonNode node, String path) throws InputException {
        requireObject(node, path, WORKLOAD_FIELDS);
        String name = requiredString(node, "name", path);
        Resources demand = resources(node.get("demand"), path + ".demand");
        String zone = optionalString(node, "zone", path);
        String antiAffinity = optionalString(node, "antiAffinity", path);
        return construct(path, () -> new Workload(name, demand, zone, antiAffinity));
    }

    private static HostState state(String value, String path) throws InputException {
        try {
            return HostState.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(path + ": unknown state '" + value + "' (expected READY, MAINTENANCE or FAILED)");
        }
    }

    private static Resources resources(JsonNode node, String path) throws InputException {
        if (node == null || node.isNull()) {
            throw new InputException(path + ": missing");
        }
        requireObject(node, path, RESOURCE_FIELDS);
        long cpu = amount(node, "cpuMhz", path);
        long memory = amount(node, "memoryMib", path);
        long storage = amount(node, "storageGib", path);
        return new Resources(cpu, memory, storage);
    }

    private static long amount(JsonNode parent, String field, String path) throws InputException {
        String where = path + "." + field;
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(where + ": missing");
        }
        if (!node.isIntegralNumber()) {
            throw new InputException(where + ": must be a whole number (was " + describe(node) + ")");
        }
        if (!node.canConvertToLong() || node.longValue() > Resources.MAX) {
            throw new InputException(where + ": must be at most " + Resources.MAX + " (was " + describe(node) + ")");
        }
        if (node.longValue() < 0) {
            throw new InputException(where + ": must not be negative (was " + describe(node) + ")");
        }
        return node.longValue();
    }

    private static Set<String> keys(JsonNode node, String path) throws InputException {
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new InputException(path + ": must be an array of strings");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            keys.add(requireString(node.get(i), path + "[" + i + "]"));
        }
        return keys;
    }

    private static String requiredString(JsonNode parent, String field, String path) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(path + "." + field + ": missing");
        }
        return requireString(node, path + "." + field);
    }

    private static String optionalString(JsonNode parent, String field, String path) throws InputException {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : requireString(node, path + "." + field);
    }

    private static String requireString(JsonNode node, String path) throws InputException {
        if (!node.isString()) {
            throw new InputException(path + ": must be a string (was " + describe(node) + ")");
        }
        return node.stringValue();
    }

    private static JsonNode requireArray(JsonNode parent, String field, String path) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InputException(path + field + ": missing");
        }
        if (!node.isArray()) {
            throw new InputException(path + field + ": must be an array");
        }
        return node;
    }

    private static void requireObject(JsonNode node, String path, Set<String> allowed) throws InputException {
        if (!node.isObject()) {
            throw new InputException(path + ": must be an object (was " + describe(node) + ")");
        }
        for (String field : node.propertyNames()) {
            if (!allowed.contains(field)) {
                throw new InputException(path + ": unknown field '" + field + "' (expected one of "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    /** Turns the model's own validation (blank names and the like) into a message with the path. */
    private static <T> T construct(String path, Supplier<T> constructor) throws InputException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(path + ": " + e.getMessage());
        }
    }

    /** The value for a scalar, the kind for a container: an echo of a whole array helps nobody. */
    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Jackson's message on one line, without its note on where the source is: we already say where. */
    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        return message.replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replace(" (start marker at)", "")
                .replace(" starting at)", ")")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
