package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class ReconcileRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String zoneName;
    private Instant startedAt;
    private long durationMillis;
    private String outcome;
    @Convert(converter = MsgColumn.class)
    private Msg detail;
    private String node;

    protected ReconcileRun() {
    }

    public ReconcileRun(String zoneName, Instant startedAt, long durationMillis, String outcome, Msg detail,
                        String node) {
        this.zoneName = zoneName;
        this.startedAt = startedAt;
        this.durationMillis = durationMillis;
        this.outcome = outcome;
        this.detail = detail;
        this.node = node;
    }

    public ReconcileRunView toView() {
        return new ReconcileRunView(zoneName, startedAt, durationMillis, outcome, detail, node);
    }
}
