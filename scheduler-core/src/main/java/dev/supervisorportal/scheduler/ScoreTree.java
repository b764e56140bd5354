package dev.supervisorportal.scheduler;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The best host among a fixed candidate list for one demand, kept up to date as hosts change: a
 * tournament tree whose leaves are the candidates' scores (-1 for a host the workload does not
 * fit) and whose inner nodes hold the winner of their two children: the higher score, or on equal
 * scores the earlier candidate, which is the host whose name sorts first. Reading the best host
 * is O(1); changing one host's score is O(log n).
 */
final class ScoreTree {

    static final int UNFIT = -1;

    private final int[] candidates;
    private final int leaves;
    private final int[] score;
    /** Node i's winning candidate position (children 2i and 2i + 1; leaves from {@code leaves}), or -1. */
    private final int[] winner;

    /**
     * @param candidates host indexes in ascending order
     * @param scoreOfHost a host index's score, or {@link #UNFIT}
     */
    ScoreTree(int[] candidates, IntUnaryOperator scoreOfHost) {
        this.candidates = candidates;
        this.leaves = Integer.highestOneBit(Math.max(1, candidates.length - 1)) << 1;
        this.score = new int[candidates.length];
        this.winner = new int[2 * leaves];
        Arrays.fill(winner, -1);
        for (int position = 0; position < candidates.length; position++) {
            score[position] = scoreOfHost.applyAsInt(candidates[position]);
            winner[leaves + position] = position;
        }
        for (int node = leaves - 1; node >= 1; node--) {
            winner[node] = match(winner[2 * node], winner[2 * node + 1]);
        }
    }

    /** The host index with the best score, or -1 if the workload fits none of the candidates. */
    int best() {
        int position = winner[1];
        return position < 0 || score[position] == UNFIT ? -1 : candidates[position];
    }

    /** Sets a host's score; a host that is not a candidate is ignored. */
    void update(int host, int newScore) {
        int position = Arrays.binarySearch(candidates, host);
        if (position < 0) {
            return;
        }
        score[position] = newScore;
        for (int node = (leaves + position) >> 1; node >= 1; node >>= 1) {
            winner[node] = match(winner[2 * node], winner[2 * node + 1]);
        }
    }

    /** The winner of two positions: higher score, then the earlier position (a is always before b). */
    private int match(int a, int b) {
        if (b < 0) {
            return a;
        }
        if (a < 0) {
            return b;
        }
        return score[b] > score[a] ? b : a;
    }
}
