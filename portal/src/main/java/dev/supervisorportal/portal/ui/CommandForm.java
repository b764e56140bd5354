package dev.supervisorportal.portal.ui;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.value.HasValueChangeMode;
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
 * <p>
 * The what-if asks the backend, so it is not asked per keystroke: a value typed in the browser is checked against the
 * rules at once, but the what-if waits until typing pauses for {@link #TYPING_PAUSE_MS} (a debounced {@code input}
 * event of the form) or the field is left ({@code change}); a choice in a list, or a value set by code, asks at once.
 * Within one round trip it is asked once at most, just before the response (when the form is on a page).
 *
 * @param <C> the command the form fills in
 */
public abstract class CommandForm<C> extends Div {

    /** How long typing must pause before the what-if is asked for what was typed. */
    public static final int TYPING_PAUSE_MS = 400;

    /** Refusals that name no field of the form: a quota exceeded, a name taken elsewhere. */
    public final ErrorBanner banner;
    /** Whether the command would fit, as the fields change; shown once the view gives the form a way to ask. */
    public final WhatIfVerdict whatIf;
    private final List<Consumer<C>> submitListeners = new ArrayList<>();
    private Function<C, WhatIfAnswer> askWhatIf;
    private C lastAsked;
    private boolean askPending;

    protected CommandForm(String bannerId) {
        this.banner = new ErrorBanner(bannerId);
        this.whatIf = new WhatIfVerdict(bannerId.replace("-error", "-what-if"));
        whatIf.setVisible(false);
        getElement().addEventListener("input", typed -> refreshWhatIf()).debounce(TYPING_PAUSE_MS);
        getElement().addEventListener("change", left -> refreshWhatIf());
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

    /**
     * Asks again what the current fields would give; call it for fields that are not {@linkplain #watch watched}.
     * On a page, the asking waits until the end of the round trip, so several changes in one ask once.
     */
    protected void refreshWhatIf() {
        if (askWhatIf == null || askPending) {
            return;
        }
        var ui = getUI();
        if (ui.isPresent()) {
            askPending = true;
            ui.get().beforeClientResponse(this, context -> {
                askPending = false;
                askWhatIfNow();
            });
        } else {
            askWhatIfNow();
        }
    }

    private void askWhatIfNow() {
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
        } catch (InvalidInputException | ConflictException refused) {
            whatIf.refused(Texts.of(refused.reason()));
        }
    }

    /** What the fields say now, valid or not. */
    protected abstract C command();

    /** What the backend's rules find wrong with the command; empty when it may be sent. */
    protected abstract List<FieldProblem> problems(C command);

    /** The form's fields by the name a {@link FieldProblem} gives them ({@code name}, {@code nodePools[0].replicas}). */
    protected abstract Map<String, HasValidation> fields();

    /**
     * Re-checks {@code field} against the rules whenever its value changes, and asks the what-if again: at once for a
     * choice or a value set by code, after a pause in typing for text typed in the browser.
     */
    protected <F extends HasValue<?, ?> & HasValidation> void watch(F field) {
        field.addValueChangeListener(change -> {
            showRulesAt(field);
            if (!typedInBrowser(change)) {
                refreshWhatIf();
            }
        });
    }

    /** A keystroke's value: the what-if waits for the pause ({@code input}, debounced) or the {@code change}. */
    private static boolean typedInBrowser(HasValue.ValueChangeEvent<?> change) {
        return change.isFromClient() && change.getHasValue() instanceof HasValueChangeMode;
    }

    /** Shows the rules' verdict at {@code field}, and asks the what-if again. */
    protected void recheck(HasValidation field) {
        showRulesAt(field);
        refreshWhatIf();
    }

    private void showRulesAt(HasValidation field) {
        fields().forEach((path, candidate) -> {
            if (candidate == field) {
                FieldProblems.showFor(path, field, problems(command()));
            }
        });
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
        } catch (InvalidInputException | ConflictException refused) {
            showProblems(refused.problems());
        }
        return Optional.empty();
    }

    public Registration addSubmitListener(Consumer<C> listener) {
        submitListeners.add(listener);
        return () -> submitListeners.remove(listener);
    }
}
