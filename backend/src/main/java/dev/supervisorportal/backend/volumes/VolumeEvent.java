package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.common.Msg;

/** What a reconcile cycle did to a claim: bound it to a datastore, or found none with room (then {@code datastore} is null). */
public record VolumeEvent(String namespace, String claim, boolean provisioned, String datastore, Msg message) {
}
