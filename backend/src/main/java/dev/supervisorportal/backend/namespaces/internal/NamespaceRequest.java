package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.quota.Limits;
import jakarta.persistence.Entity;

import java.time.Instant;

/** A request for a new namespace. */
@Entity
public class NamespaceRequest extends DecidableRequest {

    private String namespaceName;

    protected NamespaceRequest() {
    }

    public NamespaceRequest(String namespaceName, String requestedBy, Limits requested,
                            ObjectCountLimits requestedCounts, String justification, Instant submittedAt) {
        super(requestedBy, requested, requestedCounts, justification, submittedAt);
        this.namespaceName = namespaceName;
    }

    @Override
    protected Msg subject() {
        return Msg.of("namespaces.request.subject.namespace", namespaceName);
    }

    public String getNamespaceName() {
        return namespaceName;
    }

    public NamespaceRequestView toView() {
        return new NamespaceRequestView(getId(), namespaceName, getRequestedBy(), requested(), getJustification(),
                getStatus(), getSubmittedAt(), getDecidedBy(), getDecidedAt(), approved(), getDecisionReason(),
                requestedCounts(), approvedCounts());
    }
}
