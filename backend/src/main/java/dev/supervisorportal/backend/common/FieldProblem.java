package dev.supervisorportal.backend.common;

/** One refused input field and why, in words a user can act on. */
public record FieldProblem(String field, String message) {
}
