package dev.cfscale.analysis.code;

import dev.cfscale.findings.Problem;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Parsed and indexed source files by absolute path, shared by every Worker of a run: a workspace package that a
 * hundred Workers import is read, parsed and indexed once, not once per Worker. A cached {@link SourceModule} holds
 * nothing that depends on the Worker (that is the {@link Project}'s). Concurrent requests for one file wait for the
 * first to finish. Memory is bounded: beyond a budget of source characters the least recently used files are
 * dropped (a Worker still analysing one keeps its own reference; a later Worker parses it again).
 */
final class ModuleCache {
  /** An indexed file, or the problem that kept it out (syntax error, too large, unreadable). */
  record Parsed(Optional<SourceModule> module, Optional<Problem> problem) {
    long size() {
      return module.map(m -> (long) m.source().length()).orElse(0L);
    }
  }

  private record Key(Path path, String relative) {}

  private final long budgetChars;
  private final Map<Key, Slot> slots = new LinkedHashMap<>(256, 0.75f, true);
  private long cachedChars;
  private final java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();

  /** A cache holding at most about {@code budgetChars} characters of source (and their syntax trees). */
  ModuleCache(long budgetChars) {
    this.budgetChars = budgetChars;
  }

  /**
   * A budget from the heap: syntax trees take roughly 40 to 60 bytes per source character, so an eighth of the
   * maximum heap over 64 keeps big monorepos within bounds while every module of an ordinary project stays cached.
   */
  static ModuleCache forHeap() {
    return new ModuleCache(Math.max(4L << 20, Runtime.getRuntime().maxMemory() / 8 / 64));
  }

  /** The module at {@code path} (named {@code relative} in reports), loading it with {@code load} once. */
  Parsed get(Path path, String relative, Supplier<Parsed> load) {
    return get(slot(path, relative), load);
  }

  /**
   * The module at {@code path} as {@link #get} gives it, or null while another thread is loading it: the caller
   * goes on with files nobody is parsing and asks again later. Workers analysed side by side follow the same shared
   * packages in the same order, so waiting for each file another thread parses would keep only one core busy.
   */
  Parsed getUnlessLoading(Path path, String relative, Supplier<Parsed> load) {
    Slot slot = slot(path, relative);
    return slot.loading() ? null : get(slot, load);
  }

  private synchronized Slot slot(Path path, String relative) {
    return slots.computeIfAbsent(new Key(path, relative), k -> new Slot());
  }

  private Parsed get(Slot slot, Supplier<Parsed> load) {
    Parsed parsed = slot.get(() -> {
      loads.incrementAndGet();
      return load.get();
    });
    if (slot.charge(parsed)) {
      evict(parsed.size());
    }
    return parsed;
  }

  /** How many files were read and parsed so far (each at most once while it stays cached). */
  int loads() {
    return loads.get();
  }

  private synchronized void evict(long added) {
    cachedChars += added;
    Iterator<Map.Entry<Key, Slot>> it = slots.entrySet().iterator();
    while (cachedChars > budgetChars && it.hasNext()) {
      Slot eldest = it.next().getValue();
      if (eldest.done() && slots.size() > 1) {
        cachedChars -= eldest.charged();
        it.remove();
      }
    }
  }

  /** One file's parse, done once; a failure of the engine (not of the file) is rethrown to every caller. */
  private static final class Slot {
    private Parsed value;
    private Throwable failure;
    /** Set once the size is added to the cache's total; read without the slot's lock (which a parse may hold). */
    private final java.util.concurrent.atomic.AtomicBoolean charged = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long chargedChars;
    /** True while a thread loads the file (read without the slot's lock, which that thread holds). */
    private volatile boolean loading;

    synchronized Parsed get(Supplier<Parsed> load) {
      if (value == null && failure == null) {
        loading = true;
        try {
          value = load.get();
        } catch (RuntimeException | Error e) {
          failure = e;
        } finally {
          loading = false;
        }
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return value;
    }

    /** True the first time: the caller adds this slot's size to the cache's total. */
    boolean charge(Parsed parsed) {
      chargedChars = parsed.size();
      return charged.compareAndSet(false, true);
    }

    boolean done() {
      return charged.get();
    }

    boolean loading() {
      return loading;
    }

    long charged() {
      return chargedChars;
    }
  }
}
