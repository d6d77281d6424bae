package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.facts.code.EntryPoint;
import java.util.regex.Pattern;

/**
 * A route whose path carries a secret: {@code POST /telegram/:token/webhook} (Telegram calls the URL registered with
 * the bot token in it), {@code /hooks/:secret}. Only a caller that knows the secret reaches the handler, as with a
 * signed webhook; presence is enough, like the other guards (precision first).
 */
final class PathSecretGuards implements Convention {
  /** A path parameter named for a credential: {@code :token}, {@code :secret}, {@code :botToken}, {@code {apiKey}}. */
  private static final Pattern SECRET_PARAMETER = Pattern.compile("(^|/)(:|\\{|\\[)\\w*(token|secret|apikey|api_key)\\w*\\W?(/|$|\\s)",
      Pattern.CASE_INSENSITIVE);

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    if (!point.kind().isRequestPath()) {
      return false;
    }
    String name = point.name();
    String path = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : name;
    return SECRET_PARAMETER.matcher(path).find();
  }
}
