package dev.cfscale.analysis.d1;

import dev.cfscale.facts.d1.IndexRecommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges recommendations so one index serves several queries: duplicates go, and an index whose columns
 * are a prefix of another index on the same table is dropped (the longer one serves both).
 */
public final class IndexMerger {
  private IndexMerger() {}

  /** The recommendations that remain after dropping duplicates and indexes a longer one covers. */
  public static List<IndexRecommendation> merge(List<IndexRecommendation> all) {
    List<IndexRecommendation> kept = new ArrayList<>();
    for (IndexRecommendation r : all) {
      boolean covered = all.stream().anyMatch(o -> o != r && o.table().equalsIgnoreCase(r.table())
          && o.columns().size() > r.columns().size() && o.columns().subList(0, r.columns().size()).equals(r.columns()));
      boolean duplicate = kept.stream().anyMatch(k -> k.name().equals(r.name()));
      if (!covered && !duplicate) {
        kept.add(r);
      }
    }
    return kept;
  }
}
