package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import com.vaadin.flow.server.VaadinSession;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The create forms' what-if is not asked per keystroke: text typed in the browser is checked against the rules at
 * once, but the backend is asked when typing pauses (the form's debounced {@code input} event) or the field is left
 * ({@code change}); choices ask at once, and several changes in one round trip ask once.
 */
@ExtendWith(PortalUi.class)
class WhatIfDebounceTest {

    private final VmForm form = new VmForm(List.of(VmFormTest.SMALL, VmFormTest.LARGE), List.of(VmFormTest.UBUNTU),
            List.of(VmFormTest.VSAN), List.of("zone-a", "zone-b", "zone-c"), 2000);
    private final List<CreateVmCommand> asked = new ArrayList<>();

    WhatIfDebounceTest() {
        form.name.setValue("w");
        form.vmClass.setValue(VmFormTest.SMALL);
        form.image.setValue("ubuntu-22.04-server");
        form.storagePolicy.setValue("vsan-default-storage-policy");
        form.diskGib.setValue(40);
        form.setWhatIf(command -> {
            asked.add(command);
            return new WhatIfAnswer(true, true, Msg.of("stored.as-written", "Fits."), "spread", List.of(), List.of());
        });
        asked.clear();
    }

    @Test
    void keystrokesAreCheckedAtOnceButAskTheBackendOnlyOnceTypingPauses() {
        type(form.name, "we");
        type(form.name, "web");
        type(form.name, "Web");

        assertThat(asked).isEmpty();
        assertThat(form.name.isInvalid()).as("the rules still check each keystroke").isTrue();

        type(form.name, "web-1");
        assertThat(form.name.isInvalid()).isFalse();
        domEvent("input", "trailing");

        assertThat(asked).extracting(CreateVmCommand::name).containsExactly("web-1");
    }

    @Test
    void leavingTheFieldAsksAtOnce() {
        type(form.name, "web-2");

        domEvent("change", null);

        assertThat(asked).extracting(CreateVmCommand::name).containsExactly("web-2");
    }

    @Test
    void aChoiceAsksAtOnce() {
        form.zone.setValue("zone-b");

        assertThat(asked).extracting(CreateVmCommand::zone).containsExactly("zone-b");
    }

    @Test
    void onAPageSeveralChangesInOneRoundTripAskOnce() {
        UI ui = UI.getCurrent();
        VaadinSession session = mock(VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        ui.add(form);

        form.zone.setValue("zone-b");
        form.vmClass.setValue(VmFormTest.LARGE);
        form.diskGib.setValue(80);
        assertThat(asked).isEmpty();

        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();

        assertThat(asked).singleElement().isEqualTo(new CreateVmCommand("w", "guaranteed-large",
                "ubuntu-22.04-server", "vsan-default-storage-policy", 80L, "zone-b"));
    }

    /** What the browser sends for a keystroke in an eager field: the new value, from the client. */
    private static void type(TextField field, String value) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value)
                    .run();
        } catch (PropertyChangeDeniedException denied) {
            throw new AssertionError("the field does not take its value from the browser", denied);
        }
    }

    /** A DOM event of the form as the browser sends it; {@code phase} "trailing" for the debounced one. */
    private void domEvent(String type, String phase) {
        var data = JsonMapper.builder().build().createObjectNode();
        if (phase != null) {
            data.put("for", phase);
        }
        form.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(form.getElement(), type, data));
    }
}
