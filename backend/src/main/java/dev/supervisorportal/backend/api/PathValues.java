package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Path segments in the API's spelling ({@code vm-class}, {@code user}), and the addresses of created resources. */
final class PathValues {

    private PathValues() {
    }

    /** The constant a path segment names, in any case and with '-' for '_'; refused, naming the choices, otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String segment, String field) {
        String wanted = segment.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, Msg.of("api.path.choices",
                        Arrays.stream(type.getEnumConstants()).map(PathValues::segment)
                                .collect(Collectors.joining(", ")), segment)));
    }

    /** How a constant is written in a path: {@code VM_CLASS} as {@code vm-class}. */
    static String segment(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The absolute address of {@code template} with its variables filled in (and encoded) on this server. */
    static URI location(String template, Object... variables) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(template).buildAndExpand(variables)
                .encode().toUri();
    }
}
