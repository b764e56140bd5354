package dev.supervisorportal.scheduler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads OR-Library's {@code binpack1.txt} (Falkenauer's uniform instances u120_00 to u120_19):
 * the number of problems, then for each an identifier, a line "capacity items best-known-bins",
 * and one item size per line.
 */
final class FalkenauerInstances {

    record Instance(String name, int capacity, int bestKnown, List<Integer> items) {
        @Override
        public String toString() {
            return name;
        }
    }

    private FalkenauerInstances() {
    }

    static List<Instance> u120() {
        String text;
        try (InputStream in = FalkenauerInstances.class.getResourceAsStream("/falkenauer/binpack1.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> tokens = Arrays.asList(text.trim().split("\\s+"));
        int position = 0;
        int count = Integer.parseInt(tokens.get(position++));
        List<Instance> instances = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = tokens.get(position++);
            int capacity = Integer.parseInt(tokens.get(position++));
            int itemCount = Integer.parseInt(tokens.get(position++));
            int bestKnown = Integer.parseInt(tokens.get(position++));
            List<Integer> items = tokens.subList(position, position + itemCount).stream().map(Integer::valueOf).toList();
            position += itemCount;
            instances.add(new Instance(name, capacity, bestKnown, items));
        }
        if (position != tokens.size()) {
            throw new IllegalStateException("binpack1.txt has " + (tokens.size() - position) + " tokens left over");
        }
        return instances;
    }
}
