package dev.supervisorportal.backend.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; names every refused field. Nothing has been written when it is thrown. */
public class InvalidInputException extends RuntimeException implements Refusal {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message().english()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, Msg message) {
        this(List.of(new FieldProblem(field, message)));
    }

    @Override
    public List<FieldProblem> problems() {
        return problems;
    }

    /** The first problem's message. */
    @Override
    public Msg reason() {
        return problems.getFirst().message();
    }
}
