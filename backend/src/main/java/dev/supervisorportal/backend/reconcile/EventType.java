package dev.supervisorportal.backend.reconcile;

/** What the reconciler did to a workload. */
public enum EventType {
    /** Put on a host (DRS initial placement, or an HA restart). */
    PLACED,
    /** Its host's spherelet started it. */
    STARTED,
    /** Moved off a host in maintenance (DRS evacuation). */
    MIGRATED,
    /** Moved by DRS to even out the CPU use of the zone's hosts. */
    BALANCED,
    /** Its host failed; it waits to be restarted on another host of its zone (vSphere HA). */
    RESTARTING,
    /** No host of its zone can take it; the reason names each host's refusal. */
    UNPLACEABLE,
    /** It cannot leave a host in maintenance: no other host has room, so the host cannot finish entering maintenance. */
    EVACUATION_BLOCKED,
    /** Switched off as its user asked: it left its host, its quota stays reserved. */
    POWERED_OFF,
    /** Switched on as its user asked: it waits to be placed. */
    POWERED_ON,
    /** Restarted as its user (or a resize) asked: on its host when that host had room, else placed anew. */
    RESTARTED,
    /** A rolling change of a TKG cluster removed an old node once its replacement ran. */
    NODE_REPLACED,
    /** A TKG cluster's roll waits: no quota or no host for its next node; the message says which. */
    ROLLOUT_STALLED,
    /** A TKG cluster's roll is done: every node is built to the desired spec. */
    ROLLOUT_DONE,
    /** A persistent volume claim was bound to a datastore of its zone (the datastore is the event's "to host"). */
    VOLUME_PROVISIONED,
    /** No datastore of its zone has room for a persistent volume claim; the reason names each datastore's refusal. */
    VOLUME_UNPROVISIONABLE
}
