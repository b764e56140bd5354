package dev.supervisorportal.backend.workloads;

/**
 * A VM's desired power state, as vm-operator's {@code spec.powerState}: the user sets it, the zone's reconcile cycle
 * carries it out (a powered-off VM leaves its host but keeps its quota).
 */
public enum PowerState {
    ON, OFF;

    /** vm-operator's spelling: {@code PoweredOn}, {@code PoweredOff}. */
    public String manifestValue() {
        return this == ON ? "PoweredOn" : "PoweredOff";
    }
}
