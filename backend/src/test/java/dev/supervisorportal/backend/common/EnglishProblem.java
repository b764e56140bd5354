package dev.supervisorportal.backend.common;

import java.util.List;

/** A refused field with its message in English, so tests can compare problems with the texts users read. */
public record EnglishProblem(String field, String message) {

    public static List<EnglishProblem> of(List<FieldProblem> problems) {
        return problems.stream().map(p -> new EnglishProblem(p.field(), p.message().english())).toList();
    }
}
