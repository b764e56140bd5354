package dev.supervisorportal.portal.ui;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class OtherNodesWatcherTest {

    @Test
    void aCycleRecordedByAnyNodeIsNoticedOnceAndTheFirstLookOnlyTakesNote() {
        AtomicLong newestRun = new AtomicLong(41);
        OtherNodesWatcher watcher = new OtherNodesWatcher(newestRun::get);

        assertThat(watcher.changed()).as("first look").isFalse();
        assertThat(watcher.changed()).as("nothing new").isFalse();
        newestRun.set(42);
        assertThat(watcher.changed()).as("another node's cycle").isTrue();
        assertThat(watcher.changed()).as("seen already").isFalse();
    }
}
