package dev.cfscale.models.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.facts.code.Branch;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.ErrorScope;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.LoopContext;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.PlatformCall;
import dev.cfscale.findings.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteLoadTest {
  /** {@code if (preview) { ... }} at offset 30 of the handler. */
  private static final int PREVIEW = 30;

  @Test
  void behind_aQueryAfterTheLookupRunsOnAMiss() {
    OperationSite read = site(2, List.of());
    OperationSite query = site(4, List.of());

    assertThat(SiteLoad.behind(query, read)).isTrue();
    assertThat(SiteLoad.behind(read, query)).isFalse(); // before the lookup: runs on every request
  }

  @Test
  void behind_notAfterALookupWhoseBranchReturned() {
    // if (preview) { return await kv.get(k); } await db...: the query never runs with that lookup
    OperationSite read = site(2, List.of(new Branch(Branch.Construct.IF, PREVIEW, "then", true)));
    OperationSite query = site(4, List.of(new Branch(Branch.Construct.IF, PREVIEW, "else", false)));

    assertThat(SiteLoad.behind(query, read)).isFalse();
  }

  private static OperationSite site(int line, List<Branch> branches) {
    PlatformCall call = new PlatformCall(Optional.of("DB"), Optional.empty(), "get", KeyArg.NONE, Optional.empty(), false,
        Optional.empty(), CallOptions.NONE);
    return new OperationSite("src/index.ts", new Location("src/index.ts", line, 1), call, LoopContext.NONE, true, false, false,
        Set.of(), "handler", Optional.empty(), "x", branches, ErrorScope.NONE);
  }
}
