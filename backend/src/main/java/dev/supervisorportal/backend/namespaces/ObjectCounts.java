package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many objects of each kind a namespace holds, from each feature that keeps some ({@link NamespaceContents}). */
@Component
class ObjectCounts {

    private final List<NamespaceContents> contents;

    ObjectCounts(List<NamespaceContents> contents) {
        this.contents = contents;
    }

    /** The namespace's objects per kind; a kind it holds none of is left out. */
    Map<ObjectKind, Long> of(long namespaceId) {
        Map<ObjectKind, Long> counts = new EnumMap<>(ObjectKind.class);
        contents.forEach(feature -> feature.count(namespaceId).forEach((kind, count) -> {
            if (count > 0) {
                counts.merge(kind, count, Long::sum);
            }
        }));
        return counts;
    }

    /** Locks every feature's objects in the namespace, for its deletion ({@link NamespaceContents#lockForDeletion}). */
    void lockForDeletion(long namespaceId) {
        contents.forEach(feature -> feature.lockForDeletion(namespaceId));
    }

    /** Each count limit that would fall below what the namespace holds, at its field ({@code maxVms}, …). */
    List<FieldProblem> belowUse(String namespaceName, Map<ObjectKind, Long> counts, ObjectCountLimits limits) {
        List<FieldProblem> problems = new ArrayList<>();
        limits.asMap().forEach((kind, limit) -> {
            long held = counts.getOrDefault(kind, 0L);
            if (limit < held) {
                problems.add(new FieldProblem(kind.field(), Msg.of("namespaces.count-limit.below-use", namespaceName,
                        kind.count(held), limit)));
            }
        });
        return problems;
    }

    /** "3 VMs, 1 TKG cluster", in the reader's language. */
    static Msg text(Map<ObjectKind, Long> counts) {
        return Msg.joined("namespaces.list", counts.entrySet().stream()
                .map(entry -> entry.getKey().count(entry.getValue())).toList());
    }
}
