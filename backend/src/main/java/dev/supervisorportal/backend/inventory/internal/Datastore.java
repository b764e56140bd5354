package dev.supervisorportal.backend.inventory.internal;

import dev.supervisorportal.backend.inventory.DatastoreState;
import dev.supervisorportal.backend.inventory.DatastoreView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A datastore of one zone (vSAN, VMFS, NFS): its capacity and the sizes of the volumes bound to it. */
@Entity
public class Datastore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Zone zone;

    private long capacityGib;

    private long provisionedGib;

    @Enumerated(EnumType.STRING)
    private DatastoreState state;

    @Version
    private long version;

    protected Datastore() {
    }

    public Datastore(String name, Zone zone, long capacityGib) {
        this.name = name;
        this.zone = zone;
        this.capacityGib = capacityGib;
        this.state = DatastoreState.READY;
    }

    public String getName() {
        return name;
    }

    public Zone getZone() {
        return zone;
    }

    public DatastoreState getState() {
        return state;
    }

    public void setState(DatastoreState state) {
        this.state = state;
    }

    public long getProvisionedGib() {
        return provisionedGib;
    }

    /** Adds {@code gib} (negative when a volume shrinks away) to what the bound volumes take. */
    public void provision(long gib) {
        provisionedGib += gib;
    }

    public DatastoreView toView() {
        return new DatastoreView(id, name, zone.getName(), state, capacityGib, provisionedGib, version);
    }
}
