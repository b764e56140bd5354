package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.Filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans DRS-style load balancing inside one zone: a bounded number of migrations that narrow the
 * spread of CPU utilisation between the READY hosts.
 *
 * <p>Only READY hosts with some CPU capacity take part, as givers, as takers and in the spread;
 * utilisation is used CPU / CPU capacity, spread the most minus the least utilised, both in
 * percentage points. While the spread is above the threshold and moves are left, the plan takes
 * the single move, of any listed workload from any host to any other, that leaves the smallest
 * spread, provided the target passes every one of its filters as the hosts stand
 * at that point and the spread strictly narrows; ties go to the workload whose name sorts first,
 * then the target whose name sorts first. Each move counts against both hosts before the next is
 * chosen. A workload moves at most once per plan (a second move would be a wasted migration), so
 * every move starts from the workload's host in the input. The plan stops early when no single
 * move narrows the spread.
 *
 * <p>Immutable and thread-safe; the same input, in whatever order, gives the same moves.
 */
public final class Rebalancer {

    private final Filters filters;

    /** With the built-in filters, {@link Scheduler#BUILT_IN_FILTERS}. */
    public Rebalancer() {
        this(Scheduler.BUILT_IN_FILTERS);
    }

    /** With the filters a move's target must pass: those of the {@link Scheduler} that placed the workloads. */
    public Rebalancer(List<Filter> filters) {
        this.filters = new Filters(filters);
    }

    /**
     * @param hosts     the zone's hosts; {@code used} already includes the workloads in {@code placed}
     * @param placed    host name → the workloads on that host that may be moved, each with its demand,
     *                  zone and anti-affinity key; hosts may be missing, workloads on hosts that do not
     *                  take part stay where they are
     * @param threshold the largest acceptable spread of CPU utilisation, in percentage points
     * @param maxMoves  at most this many moves
     * @return the moves in the order they are to be made, each applied before the next was chosen
     * @throws IllegalArgumentException for a negative threshold or maxMoves, duplicate host or
     *                                  workload names, a host name in {@code placed} that is not
     *                                  among the hosts, or a host whose {@code used} is less than
     *                                  the demand of the workloads listed on it
     */
    public List<Move> plan(List<Host> hosts, Map<String, List<Workload>> placed, int threshold, int maxMoves) {
        if (threshold < 0 || maxMoves < 0) {
            throw new IllegalArgumentException("threshold and maxMoves must not be negative (were "
                    + threshold + ", " + maxMoves + ")");
        }
        ZoneLoad zone = new ZoneLoad(hosts, placed, filters);
        List<Move> moves = new ArrayList<>();
        while (moves.size() < maxMoves && zone.spread() > threshold) {
            ZoneLoad.Candidate best = zone.bestMove();
            if (best == null) {
                break;
            }
            moves.add(zone.apply(best));
        }
        return List.copyOf(moves);
    }
}
