package dev.supervisorportal.backend.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MsgColumnTest {

    private final MsgColumn column = new MsgColumn();

    @Test
    void aMessageWithNestedMessagesAndNumbersIsStoredAsCompactJsonAndReadBack() {
        Msg reason = Msg.of("reconcile.cannot-evacuate", "esx-a-01",
                Msg.of("reconcile.no-host-can-take", "zone-a", Msg.of("scheduler.insufficient-cpu", 16_000L, 2_000)));

        String stored = column.convertToDatabaseColumn(reason);

        assertThat(stored).isEqualTo("{\"key\":\"reconcile.cannot-evacuate\",\"args\":[\"esx-a-01\","
                + "{\"key\":\"reconcile.no-host-can-take\",\"args\":[\"zone-a\",{\"key\":\"scheduler.insufficient-cpu\","
                + "\"args\":[16000,2000]}]}]}");
        Msg read = column.convertToEntityAttribute(stored);
        assertThat(read).as("an int argument reads back as a long, and the message equals itself").isEqualTo(reason);
        assertThat(read.english()).isEqualTo(reason.english());
    }

    @Test
    void aColumnThatHoldsNoMessageIsAnErrorNotAGuess() {
        for (String stranger : new String[] {"Admitted; waiting.", "{not json", "{\"args\":[]}", "[1]"}) {
            assertThatThrownBy(() -> column.convertToEntityAttribute(stranger))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Not a stored message");
        }
        assertThat(column.convertToEntityAttribute(null)).isNull();
        assertThat(column.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void messagesDifferingInAnArgumentAreNotTheSame() {
        assertThat(Msg.of("reconcile.no-hosts", "zone-a")).isNotEqualTo(Msg.of("reconcile.no-hosts", "zone-b"));
        assertThat(Msg.of("scheduler.insufficient-cpu", 16_000, 2_000))
                .isEqualTo(Msg.of("scheduler.insufficient-cpu", 16_000L, 2_000L));
    }
}
