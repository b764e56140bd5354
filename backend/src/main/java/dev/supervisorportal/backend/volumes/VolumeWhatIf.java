package dev.supervisorportal.backend.volumes;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.ZoneFit;

/**
 * What a claim's create or grow would meet, nothing written: how it fits the namespace's quota in its zone (overall
 * storage and the policy's share), and whether a datastore of the zone has room for it now (else why not).
 */
public record VolumeWhatIf(String zone, ZoneFit quota, boolean datastoreRoom, Msg datastoreAnswer) {

    @JsonProperty
    public boolean fits() {
        return quota.fits() && datastoreRoom;
    }
}
