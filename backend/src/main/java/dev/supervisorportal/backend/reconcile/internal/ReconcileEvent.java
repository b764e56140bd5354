package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.reconcile.EventView;
import dev.supervisorportal.backend.volumes.VolumeEvent;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/** Something the reconciler did to a workload; written in the transaction of the cycle that did it. */
@Entity
public class ReconcileEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconcile_event_seq")
    @SequenceGenerator(name = "reconcile_event_seq", sequenceName = "reconcile_event_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;
    private String zoneName;
    private String namespaceName;
    private String workloadKind;
    private String workloadName;

    @Enumerated(EnumType.STRING)
    private EventType type;

    private String fromHost;
    private String toHost;
    @Convert(converter = MsgColumn.class)
    private Msg message;

    protected ReconcileEvent() {
    }

    ReconcileEvent(PlannedEvent event, String zone, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.zoneName = zone;
        this.namespaceName = event.workload().namespace();
        this.workloadKind = event.workload().kind().slug();
        this.workloadName = event.workload().name();
        this.type = event.type();
        this.fromHost = event.fromHost();
        this.toHost = event.toHost();
        this.message = event.message();
    }

    /** An event about a whole TKG cluster (its roll-out), not about one workload of a cycle. */
    ReconcileEvent(String zone, String namespace, String cluster, EventType type, Msg message, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.zoneName = zone;
        this.namespaceName = namespace;
        this.workloadKind = "tkg-cluster";
        this.workloadName = cluster;
        this.type = type;
        this.message = message;
    }

    /** What a cycle did to a volume claim: bound it to a datastore ({@code toHost}), or found none with room. */
    ReconcileEvent(VolumeEvent event, String zone, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.zoneName = zone;
        this.namespaceName = event.namespace();
        this.workloadKind = "pvc";
        this.workloadName = event.claim();
        this.type = event.provisioned() ? EventType.VOLUME_PROVISIONED : EventType.VOLUME_UNPROVISIONABLE;
        this.toHost = event.datastore();
        this.message = event.message();
    }

    public EventView toView() {
        return new EventView(occurredAt, zoneName, namespaceName, workloadKind, workloadName, type, fromHost, toHost,
                message);
    }
}
