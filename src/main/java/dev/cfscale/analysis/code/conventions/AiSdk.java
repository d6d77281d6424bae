package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.Optional;
import java.util.Set;

/**
 * The AI SDK ({@code ai}): {@code generateText}, {@code streamText}, {@code generateObject}, {@code generateImage}...
 * each run a model (Workers AI through {@code workers-ai-provider}, or a paid provider such as
 * {@code @ai-sdk/openai}) once or more per call. Recorded as the operation {@code ai-sdk.<function>}.
 */
final class AiSdk implements Convention {
  private static final Set<String> PACKAGES = Set.of("ai");
  private static final Set<String> MODEL_CALLS = Set.of("generateText", "streamText", "generateObject", "streamObject", "generateImage",
      "experimental_generateImage", "embed", "embedMany", "generateSpeech", "experimental_generateSpeech", "transcribe",
      "experimental_transcribe");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstIdent id)) {
      return;
    }
    Optional<Declaration> declared = unit.lookup(id.getSym());
    if (declared.isPresent() && declared.get() instanceof Declaration.Import i && PACKAGES.contains(i.specifier())
        && MODEL_CALLS.contains(i.imported())) {
      scope.record(unit, node, Optional.empty(), "ai-sdk." + i.imported(), KeyArg.NONE, CallOptions.NONE);
    }
  }
}
