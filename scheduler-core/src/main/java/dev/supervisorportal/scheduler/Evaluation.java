package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.plugins.Reason;

import java.util.List;

/**
 * How every host looks to one workload: the score of each host that can take it (best first, ties
 * by host name, so the first entry is the host the scheduler would choose) and the reason each
 * other host cannot (by host name).
 */
public record Evaluation(String workload, List<HostScore> scores, List<Rejection> filtered) {

    public Evaluation {
        scores = List.copyOf(scores);
        filtered = List.copyOf(filtered);
    }

    public record HostScore(String host, int score) {
    }

    public record Rejection(String host, Reason reason) {

        /** The reason in English. */
        public String text() {
            return reason.text();
        }
    }
}
