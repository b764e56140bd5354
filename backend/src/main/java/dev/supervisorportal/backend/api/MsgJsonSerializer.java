package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link Msg} in a reply as its text in the request's language (see {@link ApiLocale}), as the problem
 * details are: a manifest's "spec.networkInterfaces: ignored" note is a string in the JSON, not a key with arguments.
 */
@JacksonComponent
class MsgJsonSerializer extends ValueSerializer<Msg> {

    @Override
    public void serialize(Msg message, JsonGenerator json, SerializationContext context) {
        json.writeString(Messages.text(message, LocaleContextHolder.getLocale()));
    }
}
