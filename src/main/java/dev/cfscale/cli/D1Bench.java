package dev.cfscale.cli;

import dev.cfscale.analysis.d1.D1Advisor;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.LoopContext;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.PlatformCall;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Times the D1 advisor: a 50-table schema and 1,000 queries (a third of them needing an index search). */
final class D1Bench {
  private static final int TABLES = 50;
  private static final int QUERIES = 1000;

  private D1Bench() {}

  static String run(Path root) throws IOException {
    Path migrations = Files.createDirectories(root.resolve("migrations"));
    StringBuilder schema = new StringBuilder();
    for (int t = 0; t < TABLES; t++) {
      schema.append("CREATE TABLE t").append(t).append(" (id TEXT PRIMARY KEY, owner TEXT NOT NULL, status TEXT, total INTEGER, created_at INTEGER);\n")
          .append("CREATE INDEX idx_t").append(t).append("_owner ON t").append(t).append(" (owner, created_at);\n");
    }
    Files.writeString(migrations.resolve("0001_init.sql"), schema.toString());
    List<OperationSite> sites = new ArrayList<>();
    for (int q = 0; q < QUERIES; q++) {
      int t = q % TABLES;
      String sql = switch (q % 3) {
        case 0 -> "SELECT id, total FROM t" + t + " WHERE id = ?";
        case 1 -> "SELECT id FROM t" + t + " WHERE owner = ? ORDER BY created_at DESC LIMIT " + (10 + q);
        default -> "SELECT id FROM t" + t + " WHERE status = ? AND total > " + q;
      };
      PlatformCall call = new PlatformCall(Optional.of("DB"), Optional.of(BindingType.D1_DATABASE), "prepare", KeyArg.NONE,
          Optional.of(sql), false, Optional.empty(), CallOptions.NONE);
      sites.add(new OperationSite("src/q.ts", new Location("src/q.ts", q + 1, 1), call, LoopContext.NONE, true, false, false, Set.of(), "f",
          Optional.empty(), sql, List.of(), dev.cfscale.facts.code.ErrorScope.NONE));
    }
    D1Advisor.Request request = new D1Advisor.Request(root, "DB", Optional.empty(), true, sites, p -> root.relativize(p).toString());
    new D1Advisor().advise(request); // warm-up
    long best = Long.MAX_VALUE;
    int recommended = 0;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      D1Advisor.Result result = new D1Advisor().advise(request);
      best = Math.min(best, System.nanoTime() - start);
      recommended = (int) result.analysis().queries().stream().filter(q -> q.recommendation().isPresent()).count();
    }
    return String.format(Locale.ROOT, "d1: %d queries against %d tables: %.0f ms (best of 3 warm; %d index searches found an index)",
        QUERIES, TABLES, best / 1e6, recommended);
  }
}
