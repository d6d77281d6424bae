package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
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
 * Clients of paid APIs billed per call or per token to the account whose key the Worker holds: OpenAI,
 * Anthropic, Google Gemini, ElevenLabs, Replicate, Groq, Mistral, Cohere, Deepgram, fal, the AI SDK's
 * provider factories, and email senders (Resend, SendGrid). Creating one ({@code new OpenAI({ apiKey })},
 * {@code createOpenAI(...)}, {@code openai("gpt-4o")}) is recorded as the operation {@code api.<package>}:
 * the code that creates it is the code that spends.
 */
final class PaidApiClients implements Convention {
  private static final Set<String> PACKAGES = Set.of("openai", "@anthropic-ai/sdk", "@google/generative-ai", "@google/genai",
      "elevenlabs", "@elevenlabs/elevenlabs-js", "replicate", "groq-sdk", "cohere-ai", "@mistralai/mistralai", "together-ai",
      "@deepgram/sdk", "@fal-ai/client", "@ai-sdk/openai", "@ai-sdk/anthropic", "@ai-sdk/google", "@ai-sdk/mistral", "@ai-sdk/groq",
      "@ai-sdk/elevenlabs", "@ai-sdk/deepgram", "@ai-sdk/xai", "@ai-sdk/deepseek", "resend", "@sendgrid/mail");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    ISwc4jAst callee;
    if (node instanceof Swc4jAstNewExpr n) {
      callee = Ast.unwrap(n.getCallee());
    } else if (node instanceof Swc4jAstCallExpr c) {
      callee = Ast.unwrap(c.getCallee());
    } else {
      return;
    }
    if (!(callee instanceof Swc4jAstIdent id)) {
      return;
    }
    Optional<Declaration> declared = unit.lookup(id.getSym());
    if (declared.isPresent() && declared.get() instanceof Declaration.Import i && PACKAGES.contains(i.specifier())) {
      scope.record(unit, node, Optional.empty(), "api." + i.specifier(), KeyArg.NONE, CallOptions.NONE);
    }
  }
}
