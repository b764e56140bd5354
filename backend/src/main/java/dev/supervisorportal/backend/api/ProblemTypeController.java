package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * What a problem's {@code type} URI resolves to: {@code GET /problems/quota-exceeded} describes that kind of refusal
 * (status, title, when it happens), {@code GET /problems} lists them all; open to everyone, in the language of the
 * request's {@code Accept-Language}.
 */
@RestController
@RequestMapping("/problems")
class ProblemTypeController {

    /** One kind of refusal as its URI shows it. */
    record ProblemTypeView(URI type, int status, Msg title, Msg description) {

        static ProblemTypeView of(ProblemType type) {
            return new ProblemTypeView(type.uri(), type.status().value(), type.title(), type.description());
        }
    }

    @GetMapping
    List<ProblemTypeView> all() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GetMapping("/{slug}")
    ProblemTypeView one(@PathVariable String slug) {
        return ProblemType.bySlug(slug).map(ProblemTypeView::of)
                .orElseThrow(() -> new NotFoundException(Msg.of("api.problem.unknown", UnreadableBody.shorten(slug))));
    }
}
