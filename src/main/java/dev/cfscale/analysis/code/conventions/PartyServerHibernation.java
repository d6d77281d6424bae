package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import java.util.Map;
import java.util.Optional;

/**
 * PartyServer's hibernation switch: {@code Server} (package {@code partyserver}) accepts every client's WebSocket with
 * {@code accept()} unless the subclass declares {@code static options = { hibernate: true }} (the default is
 * {@code false}), and y-partyserver's {@code YServer} inherits that default. Such a bound Durable Object class stays in
 * memory, billed for duration, while any client is connected. Sub-frameworks that switch it on themselves (partysub,
 * partysync, the Agents SDK) are other base classes and stay quiet.
 */
final class PartyServerHibernation implements Convention {
  /** Base classes that default to {@code hibernate: false}, by the package they are imported from. */
  private static final Map<String, String> AWAKE_BY_DEFAULT = Map.of("Server", "partyserver", "YServer", "y-partyserver");

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (ClassInfo c : module.classes().values()) {
      String pkg = AWAKE_BY_DEFAULT.get(c.superClass());
      if (pkg != null && scope.durableObjectClasses().contains(c.name()) && importedFrom(module, c.superClass(), pkg)
          && !hibernates(c)) {
        scope.awakeSocketServer(c, c.superClass() + " from " + pkg + " accepts each client's WebSocket in the object unless the class"
            + " declares `static options = { hibernate: true }` (the default is false)");
      }
    }
  }

  private static boolean importedFrom(SourceModule module, String name, String pkg) {
    return module.topLevel().lookup(name).filter(d -> d instanceof Declaration.Import i && i.specifier().equals(pkg)).isPresent();
  }

  /**
   * False when the class declares no {@code options}, or options written out whose {@code hibernate} is absent or
   * {@code false}; options or a {@code hibernate} value the code computes, or a spread, are taken to hibernate: the
   * analysis cannot tell, and precision comes first.
   */
  private static boolean hibernates(ClassInfo c) {
    Optional<ISwc4jAst> options = c.fieldInitializer("options").map(Ast::unwrap);
    if (options.isEmpty()) {
      return false;
    }
    if (!(options.get() instanceof Swc4jAstObjectLit literal)) {
      return true;
    }
    for (ISwc4jAst prop : literal.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter("hibernate"::equals).isPresent()) {
        return !(Ast.unwrap(kv.getValue()) instanceof Swc4jAstBool b) || b.isValue();
      }
      if (!(prop instanceof Swc4jAstKeyValueProp)) {
        return true; // { ...base, } or a shorthand { hibernate }
      }
    }
    return false;
  }
}
