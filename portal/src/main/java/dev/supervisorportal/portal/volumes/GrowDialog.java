package dev.supervisorportal.portal.volumes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.volumes.PvcView;
import dev.supervisorportal.backend.volumes.VolumeRules;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.UnitField;
import dev.supervisorportal.portal.ui.WhatIfVerdict;

import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Grows a claim: the new size, checked by {@link VolumeRules} (never smaller) and answered by the what-if (quota of
 * its zone and policy, room on its datastore) as it changes, before anything is sent.
 */
class GrowDialog extends Dialog {

    final IntegerField size = UnitField.of("grow-pvc-size", getTranslation("volumes.grow.size"), "GiB");
    final WhatIfVerdict whatIf = new WhatIfVerdict("grow-pvc-what-if");
    final Button submit = new Button(getTranslation("volumes.grow.submit"));
    final ErrorBanner banner = new ErrorBanner("grow-pvc-error");
    private final PvcView pvc;

    GrowDialog(PvcView pvc, LongFunction<WhatIfAnswer> ask, LongFunction<PvcView> grow, Consumer<String> done) {
        this.pvc = pvc;
        setId("grow-pvc-dialog");
        setHeaderTitle(getTranslation("volumes.grow.title", pvc.name(), Formats.gib(pvc.storageGib())));
        size.setValueChangeMode(ValueChangeMode.LAZY);
        size.setValue((int) Math.min(Integer.MAX_VALUE, pvc.storageGib()));
        size.addValueChangeListener(change -> ask(ask));
        submit.setId("grow-pvc-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (problem() != null) {
                return;
            }
            try {
                PvcView grown = grow.apply(size.getValue());
                close();
                done.accept(getTranslation("volumes.grown", grown.name(), Formats.gib(grown.storageGib())));
            } catch (InvalidInputException | ConflictException refused) {
                banner.show(Texts.reason(refused));
            }
        });
        add(new Paragraph(getTranslation("volumes.grow.note")), banner, size, whatIf);
        getFooter().add(new Button(getTranslation("volumes.cancel"), click -> close()), submit);
        whatIf.incomplete();
    }

    /** The rules' refusal of the size typed (marked at the field), or null. */
    private String problem() {
        var refusal = size.getValue() == null ? VolumeRules.sizeProblem(null)
                : VolumeRules.growProblem(pvc.name(), pvc.storageGib(), size.getValue());
        size.setInvalid(refusal.isPresent());
        refusal.ifPresent(message -> size.setErrorMessage(Texts.of(message)));
        return refusal.map(Texts::of).orElse(null);
    }

    private void ask(LongFunction<WhatIfAnswer> ask) {
        if (problem() != null || size.getValue() == pvc.storageGib()) {
            whatIf.incomplete();
            return;
        }
        try {
            whatIf.show(ask.apply(size.getValue()));
        } catch (InvalidInputException | ConflictException refused) {
            whatIf.refused(Texts.reason(refused));
        }
    }
}
