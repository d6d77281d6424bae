package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The watch's judgement: only a whole window spent collecting ends a run. */
class HeapThrashWatchTest {
  private static final long STEP = 250;

  @Test
  void aHeapThatOnlyCollects_forAWholeWindow_isThrashing() {
    HeapThrashWatch watch = new HeapThrashWatch();
    boolean thrashing = false;
    long gc = 0;
    for (long now = 0; now <= HeapThrashWatch.WINDOW_MILLIS && !thrashing; now += STEP) {
      thrashing = watch.record(gc, now);
      gc += STEP * 95 / 100;
    }
    assertThat(thrashing).isTrue();
  }

  @Test
  void heavyButNotTotalCollection_keepsTheRunGoing() {
    HeapThrashWatch watch = new HeapThrashWatch();
    long gc = 0;
    for (long now = 0; now <= 4 * HeapThrashWatch.WINDOW_MILLIS; now += STEP) {
      assertThat(watch.record(gc, now)).isFalse();
      gc += STEP * 80 / 100;
    }
  }

  @Test
  void aShortBurstOfCollection_isNotAWindow() {
    HeapThrashWatch watch = new HeapThrashWatch();
    long gc = 0;
    for (long now = 0; now <= 3 * HeapThrashWatch.WINDOW_MILLIS; now += STEP) {
      boolean burst = now >= 10_000 && now < 10_000 + HeapThrashWatch.WINDOW_MILLIS / 2;
      assertThat(watch.record(gc, now)).isFalse();
      gc += burst ? STEP : STEP / 10;
    }
  }

  @Test
  void onlyAHeapWithLittleRoomLeft_countsAsFull() {
    long mb = 1 << 20;
    assertThat(HeapThrashWatch.nearlyFull(6 * mb, 8 * mb)).as("the 8 MB heap of a thrashing run").isTrue();
    assertThat(HeapThrashWatch.nearlyFull(3900 * mb, 4096 * mb)).isTrue();
    assertThat(HeapThrashWatch.nearlyFull(416 * mb, 5827 * mb)).as("a loaded machine's long pauses, heap mostly free").isFalse();
    assertThat(HeapThrashWatch.nearlyFull(3000 * mb, 4096 * mb)).isFalse();
  }
}
