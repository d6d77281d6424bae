package dev.cfscale.parse.ts;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstExprStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options object a JavaScript or TypeScript tool config exports ({@code drizzle.config.ts}, {@code nuxt.config.ts}),
 * read with the parser: {@code export default defineConfig({...})}, {@code export default {...} satisfies Config},
 * {@code const config = {...}; export default config}, {@code module.exports = {...}}. Only literal values are
 * answered (a string, {@code true}/{@code false}, a nested object); anything computed reads as unknown, since nothing is
 * executed. A conditional export ({@code prod ? a : b}) is every branch, in order, so each question may have several
 * answers.
 */
public final class ConfigObject {
  /** What a key's literal value is; {@code OTHER} when it is computed, {@code ABSENT} when no candidate has the key. */
  public enum Kind { TRUE, FALSE, STRING, OBJECT, OTHER, ABSENT }

  /** Config files are parsed once per audit and apart from the code: one thread-safe parser serves them all. */
  private static final TsParser PARSER = new TsParser();
  private static final ConfigObject NONE = new ConfigObject(List.of());
  /** How many {@code const} names are followed from the export to its object ({@code a = b; b = {...}}). */
  private static final int MAX_ALIASES = 8;

  private final List<Swc4jAstObjectLit> candidates;

  private ConfigObject(List<Swc4jAstObjectLit> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** The exported options of {@code source} (named {@code fileName}, which chooses TS or JS); none when it does not parse. */
  public static ConfigObject read(String fileName, String source) {
    try {
      if (!(PARSER.parse(fileName, source) instanceof Swc4jAstModule module)) {
        return NONE;
      }
      Map<String, ISwc4jAst> consts = new HashMap<>();
      List<ISwc4jAst> exported = new ArrayList<>();
      for (ISwc4jAst item : module.getBody()) {
        if (item instanceof Swc4jAstExportDefaultExpr e) {
          exported.add(e.getExpr());
        } else if (item instanceof Swc4jAstExportDecl d && d.getDecl() instanceof Swc4jAstVarDecl v) {
          declare(v, consts);
        } else if (item instanceof Swc4jAstVarDecl v) {
          declare(v, consts);
        } else if (item instanceof Swc4jAstExprStmt s && s.getExpr() instanceof Swc4jAstAssignExpr a && isModuleExports(a.getLeft())) {
          exported.add(a.getRight()); // CommonJS: module.exports = {...}
        }
      }
      List<Swc4jAstObjectLit> out = new ArrayList<>();
      for (ISwc4jAst expr : exported) {
        objects(expr, consts, 0, out);
      }
      return new ConfigObject(out);
    } catch (SourceParseException | RuntimeException e) {
      return NONE; // a config that does not parse says nothing; the caller's defaults apply
    }
  }

  /** The string literals {@code key} is set to, in candidate order, without repeats. */
  public List<String> strings(String key) {
    Set<String> out = new LinkedHashSet<>();
    for (ISwc4jAst value : values(key)) {
      literalString(value).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** The nested object {@code key} is set to (every candidate's, for a conditional export). */
  public ConfigObject object(String key) {
    List<Swc4jAstObjectLit> out = new ArrayList<>();
    for (ISwc4jAst value : values(key)) {
      if (value instanceof Swc4jAstObjectLit o) {
        out.add(o);
      }
    }
    return new ConfigObject(out);
  }

  /** The keys written as plain {@code key: value} properties, in source order, without repeats. */
  public List<String> keys() {
    Set<String> out = new LinkedHashSet<>();
    for (Swc4jAstObjectLit object : candidates) {
      for (ISwc4jAst prop : object.getProps()) {
        if (prop instanceof Swc4jAstKeyValueProp kv) {
          keyName(kv.getKey()).ifPresent(out::add);
        }
      }
    }
    return List.copyOf(out);
  }

  /** What {@code key} is set to, by the first candidate that sets it. */
  public Kind kind(String key) {
    List<ISwc4jAst> values = values(key);
    if (values.isEmpty()) {
      return Kind.ABSENT;
    }
    ISwc4jAst value = values.get(0);
    if (value instanceof Swc4jAstBool b) {
      return b.isValue() ? Kind.TRUE : Kind.FALSE;
    }
    if (value instanceof Swc4jAstObjectLit) {
      return Kind.OBJECT;
    }
    return literalString(value).isPresent() ? Kind.STRING : Kind.OTHER;
  }

  public boolean isEmpty() {
    return candidates.isEmpty();
  }

  private List<ISwc4jAst> values(String key) {
    List<ISwc4jAst> out = new ArrayList<>();
    for (Swc4jAstObjectLit object : candidates) {
      for (ISwc4jAst prop : object.getProps()) {
        if (prop instanceof Swc4jAstKeyValueProp kv && keyName(kv.getKey()).filter(key::equals).isPresent()) {
          out.add(TypeWrappers.strip(kv.getValue()));
        }
      }
    }
    return out;
  }

  /** The object literals {@code expr} evaluates to: through wrappers, a config helper's first argument and const names. */
  private static void objects(ISwc4jAst expr, Map<String, ISwc4jAst> consts, int aliases, List<Swc4jAstObjectLit> out) {
    ISwc4jAst e = TypeWrappers.strip(expr);
    if (e instanceof Swc4jAstObjectLit o) {
      out.add(o);
    } else if (e instanceof Swc4jAstCallExpr call && !call.getArgs().isEmpty() && call.getArgs().get(0).getSpread().isEmpty()) {
      objects(call.getArgs().get(0).getExpr(), consts, aliases, out); // defineConfig({...}), defineNuxtConfig({...})
    } else if (e instanceof Swc4jAstCondExpr c) {
      objects(c.getCons(), consts, aliases, out);
      objects(c.getAlt(), consts, aliases, out);
    } else if (e instanceof Swc4jAstIdent id && aliases < MAX_ALIASES && consts.containsKey(id.getSym())) {
      objects(consts.get(id.getSym()), consts, aliases + 1, out);
    }
  }

  private static void declare(Swc4jAstVarDecl decl, Map<String, ISwc4jAst> consts) {
    for (Swc4jAstVarDeclarator d : decl.getDecls()) {
      if (d.getName() instanceof Swc4jAstBindingIdent b && d.getInit().isPresent()) {
        consts.putIfAbsent(b.getId().getSym(), d.getInit().get());
      }
    }
  }

  private static boolean isModuleExports(ISwc4jAst target) {
    return target instanceof Swc4jAstMemberExpr m && m.getObj() instanceof Swc4jAstIdent obj && obj.getSym().equals("module")
        && m.getProp() instanceof Swc4jAstIdentName prop && prop.getSym().equals("exports");
  }

  private static Optional<String> keyName(ISwc4jAst key) {
    if (key instanceof Swc4jAstIdentName n) {
      return Optional.of(n.getSym());
    }
    return key instanceof Swc4jAstStr s ? Optional.of(s.getValue()) : Optional.empty();
  }

  /** A string literal, or a template literal without substitutions. */
  private static Optional<String> literalString(ISwc4jAst value) {
    if (value instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    if (value instanceof Swc4jAstTpl t && t.getExprs().isEmpty() && t.getQuasis().size() == 1) {
      return Optional.of(t.getQuasis().get(0).getCooked().orElse(t.getQuasis().get(0).getRaw()));
    }
    return Optional.empty();
  }
}
