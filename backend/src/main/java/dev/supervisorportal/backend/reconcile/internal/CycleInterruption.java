package dev.supervisorportal.backend.reconcile.internal;

/**
 * A point in the middle of a cycle where a test can make it crash: after the workloads' new state is written, before
 * the events and the run record are. The cycle's transaction then rolls back, and the next cycle must finish the work.
 */
@FunctionalInterface
public interface CycleInterruption {

    void afterWorkloadsWritten(String zone);
}
