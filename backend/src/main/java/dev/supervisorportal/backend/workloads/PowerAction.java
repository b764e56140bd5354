package dev.supervisorportal.backend.workloads;

/** What a user asks of a VM's power: switch it off, on, or restart it (on the same host when it has room). */
public enum PowerAction {
    OFF, ON, RESTART
}
