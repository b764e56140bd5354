package dev.supervisorportal.backend.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A datastore of a zone: its capacity, what the volumes bound to it take of it, and what is free. */
public record DatastoreView(long id, String name, String zone, DatastoreState state, long capacityGib,
                            long provisionedGib, long version) {

    @JsonProperty
    public long freeGib() {
        return capacityGib - provisionedGib;
    }
}
