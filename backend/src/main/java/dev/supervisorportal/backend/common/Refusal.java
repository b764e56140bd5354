package dev.supervisorportal.backend.common;

import java.util.List;

/** A refusal a service throws: it says why in a {@link Msg}, which each reader gets in their own language. */
public interface Refusal {

    Msg reason();

    /** The refusal as problems a form can show: by default one that names no field. */
    default List<FieldProblem> problems() {
        return List.of(new FieldProblem(null, reason()));
    }
}
