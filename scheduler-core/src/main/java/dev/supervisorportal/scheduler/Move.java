package dev.supervisorportal.scheduler;

/**
 * One migration the {@link Rebalancer} plans: this workload leaves this host for that one.
 *
 * @param from         the host the workload is on in the rebalancer's input (a workload moves at most
 *                     once per plan)
 * @param spreadBefore the CPU utilisation spread (most minus least utilised host) just before this
 *                     move, in percentage points, unrounded: a move that narrows it from 30.4 to 30.2
 *                     must not read as 30 to 30
 * @param spreadAfter  the spread once this move is made; always less than {@code spreadBefore}
 */
public record Move(String workload, String from, String to, double spreadBefore, double spreadAfter) {
}
