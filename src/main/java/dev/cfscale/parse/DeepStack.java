package dev.cfscale.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Runs analysis on threads with a large stack. SWC parses recursively on the native stack, and the syntax
 * tree it returns is walked recursively in Java, so deep but valid code (thousands of nested blocks, long
 * {@code .a().a()} chains, long concatenations) needs far more than a default thread stack of 1 MB: a native
 * overflow kills the JVM outright. The stack is reserved address space, committed only as deep code uses it.
 * Every parallel step of the analysis goes through {@link #map}, since the common fork-join pool's threads
 * cannot be given a stack size.
 */
public final class DeepStack {
  /** Stack of each analysis thread; with {@code TsParser}'s nesting limit, SWC needs a fifth of it at most. */
  public static final long STACK_BYTES = 512L << 20;
  private static final ThreadPoolExecutor POOL = pool();

  private DeepStack() {}

  /** Whether the current thread is one of the large-stack threads. */
  public static boolean onDeepStack() {
    return Thread.currentThread() instanceof Worker;
  }

  /** Runs {@code task} on a large-stack thread (directly when already on one) and returns its result. */
  public static <T> T call(Callable<T> task) throws Exception {
    if (onDeepStack()) {
      return task.call();
    }
    FutureTask<T> future = new FutureTask<>(task);
    Worker thread = new Worker(future, "cfscale-main");
    thread.start();
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /**
   * {@code items} mapped by {@code fn} in parallel on large-stack threads, results in the order of
   * {@code items}. The calling thread takes items too, so nested calls never wait for a busy pool.
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
    if (!onDeepStack()) {
      try {
        return call(() -> map(items, fn));
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }
    int n = items.size();
    AtomicReferenceArray<R> results = new AtomicReferenceArray<>(n);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Throwable[] failure = new Throwable[1];
    Runnable take = () -> {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        try {
          results.set(i, fn.apply(items.get(i)));
        } catch (RuntimeException | Error e) {
          synchronized (failure) {
            failure[0] = failure[0] == null ? e : failure[0];
          }
        }
        synchronized (done) {
          done.incrementAndGet();
          done.notifyAll();
        }
      }
    };
    for (int helpers = Math.min(n - 1, POOL.getMaximumPoolSize()); helpers > 0; helpers--) {
      POOL.execute(take);
    }
    take.run();
    awaitAll(done, n);
    if (failure[0] != null) {
      throw rethrown(failure[0]);
    }
    List<R> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(results.get(i));
    }
    return out;
  }

  /** Waits until the other threads finish the items they took (each is running, so this ends). */
  private static void awaitAll(AtomicInteger done, int n) {
    boolean interrupted = false;
    synchronized (done) {
      while (done.get() < n) {
        try {
          done.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new CompletionException(cause);
  }

  private static ThreadPoolExecutor pool() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> new Worker(r, "cfscale-analysis-" + count.incrementAndGet());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** A daemon thread with the large stack. */
  private static final class Worker extends Thread {
    Worker(Runnable task, String name) {
      super(null, task, name, STACK_BYTES);
      setDaemon(true);
    }
  }
}
