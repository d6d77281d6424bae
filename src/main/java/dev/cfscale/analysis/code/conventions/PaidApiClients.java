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
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Clients of paid APIs billed per call or per token to the account whose key the Worker holds: OpenAI,
 * Anthropic, Google Gemini, ElevenLabs, Replicate, Groq, Mistral, Cohere, Deepgram, fal, the AI SDK's
 * provider factories, LangChain's model classes ({@code new ChatOpenAI(...)}, {@code new CloudflareWorkersAIEmbeddings({ binding })}),
 * and email senders (Resend, SendGrid). Creating one ({@code new OpenAI({ apiKey })},
 * {@code createOpenAI(...)}, {@code openai("gpt-4o")}) is recorded as the operation {@code api.<package>}:
 * the code that creates it is the code that spends. A project factory that only returns a new client
 * ({@code createClient(key)}) is recorded where it is called instead, and not at all where the caller only reads the
 * provider's catalogue with it ({@link CatalogueReads}: {@code client.voices.search()}), which is not billed.
 */
final class PaidApiClients implements Convention {
  private static final Set<String> PACKAGES = Set.of("openai", "@anthropic-ai/sdk", "@google/generative-ai", "@google/genai",
      "elevenlabs", "@elevenlabs/elevenlabs-js", "replicate", "groq-sdk", "cohere-ai", "@mistralai/mistralai", "together-ai",
      "@deepgram/sdk", "@fal-ai/client", "@ai-sdk/openai", "@ai-sdk/anthropic", "@ai-sdk/google", "@ai-sdk/mistral", "@ai-sdk/groq",
      "@ai-sdk/elevenlabs", "@ai-sdk/deepgram", "@ai-sdk/xai", "@ai-sdk/deepseek", "resend", "@sendgrid/mail",
      "@langchain/openai", "@langchain/anthropic", "@langchain/google-genai", "@langchain/mistralai", "@langchain/groq",
      "@langchain/cohere");
  /**
   * Packages that export model clients beside other classes: only those classes run a model (LangChain's Cloudflare
   * package also exports its Vectorize store and KV cache, which are not a model's bill).
   */
  private static final Map<String, Set<String>> MODEL_CLASSES = Map.of("@langchain/cloudflare",
      Set.of("ChatCloudflareWorkersAI", "CloudflareWorkersAI", "CloudflareWorkersAIEmbeddings"));

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<String> created = created(node, unit);
    if (created.isPresent()) {
      if (!returned(node, unit)) {
        record(node, unit, scope, created.get());
      }
      return;
    }
    // factories are called by name: only a plain identifier is worth evaluating, on every call of the code
    if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent
        && scope.evaluator().eval(call.getCallee(), unit) instanceof Value.Function factory) {
      factoryPackage(factory.unit()).filter(p -> !CatalogueReads.only(call, unit)).ifPresent(p -> record(node, unit, scope, p));
    }
  }

  private static void record(ISwc4jAst node, FunctionUnit unit, OperationScope scope, String specifier) {
    scope.record(unit, node, Optional.empty(), "api." + specifier, KeyArg.NONE, CallOptions.NONE);
  }

  /** The package of the paid client {@code node} creates ({@code new OpenAI(...)}, {@code createOpenAI(...)}), if it creates one. */
  private static Optional<String> created(ISwc4jAst node, FunctionUnit unit) {
    ISwc4jAst callee;
    if (node instanceof Swc4jAstNewExpr n) {
      callee = Ast.unwrap(n.getCallee());
    } else if (node instanceof Swc4jAstCallExpr c) {
      callee = Ast.unwrap(c.getCallee());
    } else {
      return Optional.empty();
    }
    if (!(callee instanceof Swc4jAstIdent id)) {
      return Optional.empty();
    }
    Optional<Declaration> declared = unit.lookup(id.getSym());
    return declared.filter(d -> d instanceof Declaration.Import i && (PACKAGES.contains(i.specifier())
            || MODEL_CLASSES.getOrDefault(i.specifier(), Set.of()).contains(i.imported())))
        .map(d -> ((Declaration.Import) d).specifier());
  }

  /** True when {@code unit} returns the client it creates: its callers are where it is used, and spends. */
  private static boolean returned(ISwc4jAst creation, FunctionUnit unit) {
    return unit.returned().stream().anyMatch(r -> Ast.unwrap(r) == creation);
  }

  /** The package of the client a project function returns as it creates it ({@code return new ElevenLabsClient({ apiKey })}). */
  private static Optional<String> factoryPackage(FunctionUnit factory) {
    return factory.returned().stream().map(r -> created(Ast.unwrap(r), factory)).flatMap(Optional::stream).findFirst();
  }
}
