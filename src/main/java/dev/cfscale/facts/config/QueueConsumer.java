package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@code queues.consumers} entry: the queue it reads and the settings written for it. */
public record QueueConsumer(String queue, Location location, Map<String, Setting> settings) {

  public QueueConsumer {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
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
