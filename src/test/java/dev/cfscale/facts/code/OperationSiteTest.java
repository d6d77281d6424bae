package dev.cfscale.facts.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationSiteTest {
  /** {@code if (!row) { ... }} at offset 40 of the function. */
  private static final int ROW_CHECK = 40;
  private static final EntryPoint SUBMIT = new EntryPoint(EntryKind.ROUTE, "POST /entries", new Location("src/index.ts", 3, 1));
  private static final EntryPoint IMPORT = new EntryPoint(EntryKind.ROUTE, "POST /entries/import", new Location("src/index.ts", 9, 1));

  @Test
  void canRunWith_aQueryInABranchThatReturnsAndOneAfterIt_neverRunTogether() {
    OperationSite seed = site(1, LoopContext.NONE, List.of(new Branch(Branch.Construct.IF, ROW_CHECK, "then", true)));
    OperationSite after = site(2, LoopContext.NONE, List.of(new Branch(Branch.Construct.IF, ROW_CHECK, "else", false)));

    assertThat(seed.canRunWith(after)).isFalse();
    assertThat(after.canRunWith(seed)).isFalse();
  }

  @Test
  void canRunWith_theElseArmAndTheCodeAfterItsEarlyReturn_runTogether() {
    // if (!row) { ...; return } else { q1 } q2: both run when row exists
    OperationSite inElse = site(1, LoopContext.NONE, List.of(new Branch(Branch.Construct.IF, ROW_CHECK, "else", true)));
    OperationSite after = site(2, LoopContext.NONE, List.of(new Branch(Branch.Construct.IF, ROW_CHECK, "else", false)));
    OperationSite before = site(0, LoopContext.NONE, List.of());

    assertThat(inElse.canRunWith(after)).isTrue();
    assertThat(before.canRunWith(after)).isTrue();
  }

  @Test
  void inBranch_anEarlyReturnBeforeTheOperationIsNoEnclosingBranch() {
    assertThat(site(2, LoopContext.NONE, List.of(new Branch(Branch.Construct.IF, ROW_CHECK, "else", false))).inBranch()).isFalse();
    assertThat(site(2, LoopContext.NONE, List.of(new Branch(Branch.Construct.IF, ROW_CHECK, "then", true))).inBranch()).isTrue();
  }

  @Test
  void inItsLoop_aLoopOnlyAdministratorsRun_isOffTheHotPath() {
    LoopContext importLoop = new LoopContext(LoopContext.Kind.LOOP, Optional.of(new Location("src/index.ts", 12, 3)), false, false);
    OperationSite save = site(1, importLoop.calledFrom(Set.of(IMPORT), true), List.of());
    OperationSite publicLoop = site(1, importLoop.calledFrom(Set.of(IMPORT), false), List.of());

    assertThat(save.onHotRequestPath()).isTrue(); // the public form still calls it once
    assertThat(save.inItsLoop().onHotRequestPath()).isFalse();
    assertThat(publicLoop.inItsLoop().onHotRequestPath()).isTrue();
  }

  private static OperationSite site(int line, LoopContext loop, List<Branch> branches) {
    PlatformCall call = new PlatformCall(Optional.of("DB"), Optional.of(BindingType.D1_DATABASE), "run", KeyArg.NONE,
        Optional.of("INSERT INTO entries (id) VALUES (?)"), false, Optional.empty(), CallOptions.NONE);
    return new OperationSite("src/entries.ts", new Location("src/entries.ts", line, 1), call, loop, true, false, false,
        Set.of(SUBMIT, IMPORT), "saveEntry", Optional.empty(), "db.prepare(sql).run()", branches, ErrorScope.NONE);
  }
}
