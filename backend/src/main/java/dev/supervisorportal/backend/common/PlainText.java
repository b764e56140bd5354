package dev.supervisorportal.backend.common;

import java.util.Optional;

/** Free text a user may type: any characters but control characters (tabs and line breaks are fine). */
public final class PlainText {

    private PlainText() {
    }

    /** Why {@code text} cannot be stored as typed (PostgreSQL refuses a NUL character, for one), or empty. */
    public static Optional<Msg> controlCharacterProblem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(Msg.of("common.text.control-character", i + 1));
            }
        }
        return Optional.empty();
    }
}
