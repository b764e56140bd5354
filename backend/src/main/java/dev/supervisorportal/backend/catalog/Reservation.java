package dev.supervisorportal.backend.catalog;

/** Whether a VM class's CPU and memory are reserved on the host or shared. */
public enum Reservation {
    GUARANTEED, BEST_EFFORT
}
