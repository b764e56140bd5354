package dev.supervisorportal.backend.common;

/** A refusal a service throws: it says why in a {@link Msg}, which each reader gets in their own language. */
public interface Refusal {

    Msg reason();
}
