package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code migrations} step. Class names map to where they were written so rules can point at
 * the exact entry; {@code createdClasses} includes renamed-to and transferred-to classes.
 */
public record DurableObjectMigration(
    String tag,
    Location location,
    Map<String, Location> newKvClasses,
    Map<String, Location> newSqliteClasses,
    Map<String, Location> createdClasses,
    Map<String, Location> deletedClasses) {

  public DurableObjectMigration {
    newKvClasses = copy(newKvClasses);
    newSqliteClasses = copy(newSqliteClasses);
    createdClasses = copy(createdClasses);
    deletedClasses = copy(deletedClasses);
  }

  private static Map<String, Location> copy(Map<String, Location> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
