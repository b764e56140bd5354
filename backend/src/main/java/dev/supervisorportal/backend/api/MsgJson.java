package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Every {@link Msg} in an API reply (an event's message, why a workload waits, a what-if verdict, a TKG cluster's
 * status) is written as its text in the language of the request's {@code Accept-Language}: English unless German is
 * asked for. The OpenAPI document describes it as a string.
 */
@JacksonComponent
class MsgJson extends ValueSerializer<Msg> {

    static {
        // The OpenAPI document shows such a text as what the client receives: a string.
        SpringDocUtils.getConfig().replaceWithClass(Msg.class, String.class);
    }

    @Override
    public void serialize(Msg message, JsonGenerator generator, SerializationContext context) {
        generator.writeString(Messages.text(message, LocaleContextHolder.getLocale()));
    }
}
