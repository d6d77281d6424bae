package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code queues.consumers} entry: the queue it reads, the settings written for it, and the comment written on or
 * above the entry (empty when none).
 */
public record QueueConsumer(String queue, Location location, Map<String, Setting> settings, String comment) {

  public QueueConsumer {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    comment = java.util.Objects.requireNonNullElse(comment, "");
  }

  /** A numeric setting such as {@code max_retries}, when written as a number. */
  public Optional<Setting> number(String key) {
    Setting s = settings.get(key);
    return s != null && s.asLong().isPresent() ? Optional.of(s) : Optional.empty();
  }

  public Optional<String> deadLetterQueue() {
    Setting s = settings.get("dead_letter_queue");
    return s == null ? Optional.empty() : s.asText().filter(t -> !t.isBlank());
  }
}
