package dev.cfscale.models.cache;

/** A cache the simulator drives, one request at a time (caffeine's simulator shape, with time added for TTLs). */
public interface CachePolicy {
  /** Records a request for key {@code key} (0-based rank) arriving at {@code now} seconds; true on a hit. */
  boolean access(int key, double now);
}
