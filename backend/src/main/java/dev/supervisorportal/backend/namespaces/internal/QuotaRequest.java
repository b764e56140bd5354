package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.quota.Limits;
import jakarta.persistence.Entity;

import java.time.Instant;

/** A request for new limits on an existing namespace. */
@Entity
public class QuotaRequest extends DecidableRequest {

    private long namespaceId;

    protected QuotaRequest() {
    }

    public QuotaRequest(long namespaceId, String requestedBy, Limits requested, ObjectCountLimits requestedCounts,
                        String justification, Instant submittedAt) {
        super(requestedBy, requested, requestedCounts, justification, submittedAt);
        this.namespaceId = namespaceId;
    }

    public long getNamespaceId() {
        return namespaceId;
    }

    @Override
    protected Msg subject() {
        return Msg.of("namespaces.request.subject.quota");
    }

    public QuotaRequestView toView(String namespaceName, Limits currentLimits, ObjectCountLimits currentCounts) {
        return new QuotaRequestView(getId(), namespaceName, getRequestedBy(), currentLimits, requested(),
                getJustification(), getStatus(), getSubmittedAt(), getDecidedBy(), getDecidedAt(), approved(),
                getDecisionReason(), currentCounts, requestedCounts(), approvedCounts());
    }
}
