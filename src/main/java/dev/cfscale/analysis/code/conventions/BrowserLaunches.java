package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;
import java.util.Set;

/**
 * Browser Rendering: a library handed the Browser binding starts or joins a headless browser with it
 * ({@code puppeteer.launch(env.BROWSER)}, {@code chromium.launch(env.BROWSER)} of {@code @cloudflare/playwright},
 * {@code puppeteer.connect(env.BROWSER, sessionId)}), billed per browser hour and limited in concurrent browsers per
 * account. Recorded as a {@code launch} on that binding. The calls that only read the account's state with it
 * ({@code sessions(env.BROWSER)}, {@code limits(env.BROWSER)}, {@code history(env.BROWSER)}) start nothing.
 */
final class BrowserLaunches implements Convention {
  private static final Set<String> STARTS = Set.of("launch", "connect");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || call.get().args().isEmpty() || !STARTS.contains(Ast.calleeName(call.get().unwrappedCallee()).orElse(""))) {
      return;
    }
    Evaluator evaluator = scope.evaluator();
    if (evaluator.project().bindingsOfType(BindingType.BROWSER).isEmpty()) {
      return; // no Browser binding in the config: nothing to launch with (and no evaluation per call)
    }
    Optional<Value.Binding> browser = EmailBindingHandOff.handed(call.get().args().get(0)).map(a -> evaluator.eval(a, unit))
        .filter(v -> v instanceof Value.Binding b && b.type() == BindingType.BROWSER).map(Value.Binding.class::cast).findFirst();
    if (browser.isEmpty() || evaluator.eval(call.get().unwrappedCallee(), unit) instanceof Value.Function) {
      return; // a project function taking the binding is followed into by the engine and records its own launch
    }
    scope.record(unit, node, browser, "launch", KeyArg.NONE, CallOptions.NONE);
  }
}
