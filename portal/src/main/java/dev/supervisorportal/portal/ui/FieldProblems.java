package dev.supervisorportal.portal.ui;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.HasValidation;
import dev.supervisorportal.backend.common.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts problems where the user reads them: at the field they name ({@code name}, {@code nodePools[0].replicas}),
 * and in the form's banner when they name none the form shows. The same for a rule class's problems before sending
 * and for the backend's refusals after.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** Marks every named field with its first problem, clears the others, and shows the rest in the banner. */
    public static void show(List<FieldProblem> problems, Map<String, ? extends HasValidation> fields, ErrorBanner banner) {
        fields.values().forEach(field -> field.setInvalid(false));
        Set<String> marked = new HashSet<>();
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                elsewhere.add(Texts.of(problem.message()));
            } else if (marked.add(problem.field())) {
                field.setErrorMessage(Texts.of(problem.message()));
                field.setInvalid(true);
            }
        }
        if (elsewhere.isEmpty()) {
            banner.clear();
        } else {
            banner.show(elsewhere);
        }
    }

    /** Re-checks one field as the user changes it: marks its own problem among {@code problems}, or clears it. */
    public static void showFor(String path, HasValidation field, List<FieldProblem> problems) {
        problems.stream().filter(problem -> path.equals(problem.field())).findFirst().ifPresentOrElse(problem -> {
            field.setErrorMessage(Texts.of(problem.message()));
            field.setInvalid(true);
        }, () -> field.setInvalid(false));
    }
}
