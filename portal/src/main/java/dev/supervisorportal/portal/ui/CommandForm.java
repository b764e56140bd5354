package dev.supervisorportal.portal.ui;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A dumb form for one command: it checks its fields with the backend's rule classes as the user types, hands a
 * command whose fields all pass to its submit listeners, and shows the backend's refusals at the fields they name
 * (the rest in its banner).
 *
 * @param <C> the command the form fills in
 */
public abstract class CommandForm<C> extends Div {

    /** Refusals that name no field of the form: a quota exceeded, a name taken elsewhere. */
    public final ErrorBanner banner;
    /** Whether the command would fit, as the fields change; shown once the view gives the form a way to ask. */
    public final WhatIfVerdict whatIf;
    private final List<Consumer<C>> submitListeners = new ArrayList<>();
    private Function<C, WhatIfAnswer> askWhatIf;
    private C lastAsked;

    protected CommandForm(String bannerId) {
        this.banner = new ErrorBanner(bannerId);
        this.whatIf = new WhatIfVerdict(bannerId.replace("-error", "-what-if"));
        whatIf.setVisible(false);
    }

    /**
     * Asks {@code ask} (the backend's what-if) whenever the fields change and pass the rules, and shows the answer.
     * The same command is not asked twice in a row.
     */
    public void setWhatIf(Function<C, WhatIfAnswer> ask) {
        this.askWhatIf = ask;
        whatIf.setVisible(true);
        refreshWhatIf();
    }

    /** Asks again what the current fields would give; call it for fields that are not {@linkplain #watch watched}. */
    protected void refreshWhatIf() {
        if (askWhatIf == null) {
            return;
        }
        C command = command();
        if (!problems(command).isEmpty()) {
            lastAsked = null;
            whatIf.incomplete();
            return;
        }
        if (command.equals(lastAsked)) {
            return;
        }
        lastAsked = command;
        try {
            whatIf.show(askWhatIf.apply(command));
        } catch (InvalidInputException invalid) {
            whatIf.refused(Texts.of(invalid.reason()));
        } catch (ConflictException conflict) {
            whatIf.refused(Texts.of(conflict.reason()));
        }
    }

    /** What the fields say now, valid or not. */
    protected abstract C command();

    /** What the backend's rules find wrong with the command; empty when it may be sent. */
    protected abstract List<FieldProblem> problems(C command);

    /** The form's fields by the name a {@link FieldProblem} gives them ({@code name}, {@code nodePools[0].replicas}). */
    protected abstract Map<String, HasValidation> fields();

    /** Re-checks {@code field} against the rules whenever its value changes. */
    protected <F extends HasValue<?, ?> & HasValidation> void watch(F field) {
        field.addValueChangeListener(change -> recheck(field));
    }

    /** Shows the rules' verdict at {@code field}, and asks the what-if again. */
    protected void recheck(HasValidation field) {
        fields().forEach((path, candidate) -> {
            if (candidate == field) {
                FieldProblems.showFor(path, field, problems(command()));
            }
        });
        refreshWhatIf();
    }

    protected void validateAndSubmit() {
        C command = command();
        List<FieldProblem> problems = problems(command);
        showProblems(problems);
        if (problems.isEmpty()) {
            submitListeners.forEach(listener -> listener.accept(command));
        }
    }

    /** Marks the fields the rules or the backend refused, with their words; the rest goes to the banner. */
    public void showProblems(List<FieldProblem> problems) {
        FieldProblems.show(problems, fields(), banner);
    }

    /**
     * Makes the backend call; when the backend refuses the input, shows why on the form and returns empty.
     * Other failures go on to the portal's error handler.
     */
    public <R> Optional<R> send(Supplier<R> call) {
        try {
            return Optional.of(call.get());
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems());
        } catch (ConflictException conflict) {
            showProblems(List.of(new FieldProblem(conflict.field(), conflict.reason())));
        }
        return Optional.empty();
    }

    public Registration addSubmitListener(Consumer<C> listener) {
        submitListeners.add(listener);
        return () -> submitListeners.remove(listener);
    }
}
