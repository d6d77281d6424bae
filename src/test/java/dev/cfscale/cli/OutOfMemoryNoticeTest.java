package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The out-of-memory sentence is said once, whichever of the run's threads meets the error first. */
class OutOfMemoryNoticeTest {

  @Test
  void first_isTrueForTheFirstCallerOnly() {
    OutOfMemoryNotice notice = new OutOfMemoryNotice(512L << 20);
    assertThat(notice.first()).isTrue();
    assertThat(notice.first()).isFalse();
    assertThat(notice.first()).isFalse();
  }

  @Test
  void first_isTrueOnceWhenThreadsRace() throws InterruptedException {
    OutOfMemoryNotice notice = new OutOfMemoryNotice(512L << 20);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger said = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (notice.first()) {
          said.incrementAndGet();
        }
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(said.get()).isEqualTo(1);
  }

  @Test
  void notices_ofTwoRuns_areIndependent() {
    OutOfMemoryNotice first = new OutOfMemoryNotice(512L << 20);
    first.first();
    assertThat(new OutOfMemoryNotice(512L << 20).first()).isTrue();
  }

  @Test
  void sentence_namesTheMaximumHeapInMegabytes() {
    // 512 << 20 bytes = 512 MB
    assertThat(new OutOfMemoryNotice(512L << 20).sentence())
        .isEqualTo("out of memory: the project needs more heap than the JVM has (512 MB); run java with a larger -Xmx,"
            + " or audit fewer folders at once");
  }
}
