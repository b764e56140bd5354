package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;

/**
 * A persistent volume claim: where it is (zone, and once bound its datastore), why it waits when it does, what it is
 * attached to ({@code null} when detached), and its version for optimistic locking.
 */
public record PvcView(String name, String namespace, String zone, String storagePolicy, long storageGib,
                      String accessMode, PvcStatus status, Msg statusReason, String datastore,
                      AttachTarget attachedTo, String createdBy, Instant createdAt, long version) {
}
