package dev.supervisorportal.scheduler;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreTreeTest {

    @Test
    void theBestIsTheHighestScoreAndOnEqualScoresTheEarliestHost() {
        int[] scores = {10, 40, 25, 40, 5};
        ScoreTree tree = new ScoreTree(new int[] {0, 1, 2, 3, 4}, host -> scores[host]);

        assertThat(tree.best()).isEqualTo(1);

        tree.update(1, 39);
        assertThat(tree.best()).isEqualTo(3);

        tree.update(0, 40);
        assertThat(tree.best()).isZero();
    }

    @Test
    void hostsThatDoNotFitNeverWinAndNoneFittingGivesMinusOne() {
        ScoreTree tree = new ScoreTree(new int[] {2, 5, 7}, host -> host == 5 ? 0 : ScoreTree.UNFIT);

        assertThat(tree.best()).isEqualTo(5);

        tree.update(5, ScoreTree.UNFIT);
        assertThat(tree.best()).isEqualTo(-1);
    }

    @Test
    void updatesForHostsThatAreNotCandidatesAreIgnored() {
        ScoreTree tree = new ScoreTree(new int[] {2, 5, 7}, host -> 50);

        tree.update(3, 100);

        assertThat(tree.best()).isEqualTo(2);
    }

    @Test
    void anEmptyCandidateListHasNoBest() {
        assertThat(new ScoreTree(new int[0], host -> 100).best()).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} candidates")
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 64, 100})
    void agreesWithAPlainScanThroughRandomUpdates(int size) {
        Random random = new Random(size);
        int[] candidates = new int[size];
        int[] scores = new int[3 * size];
        for (int i = 0; i < size; i++) {
            candidates[i] = 3 * i + random.nextInt(3);
        }
        for (int host : candidates) {
            scores[host] = random.nextInt(12) - 1;
        }
        ScoreTree tree = new ScoreTree(candidates, host -> scores[host]);
        for (int step = 0; step < 500; step++) {
            int host = candidates[random.nextInt(size)];
            scores[host] = random.nextInt(12) - 1;
            tree.update(host, scores[host]);

            assertThat(tree.best()).as("size %d, step %d", size, step).isEqualTo(scanBest(candidates, scores));
        }
    }

    private static int scanBest(int[] candidates, int[] scores) {
        int best = -1;
        for (int host : candidates) {
            if (scores[host] != ScoreTree.UNFIT && (best < 0 || scores[host] > scores[best])) {
                best = host;
            }
        }
        return best;
    }
}
