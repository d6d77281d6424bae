package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsInterfaceDecl;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsPropertySignature;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What makes one stored item large, read from the code: a binary payload ({@link Value.Blob}), or a field whose name
 * says it holds a whole body, a document or encoded media ({@code html}, {@code narrationAudio}, {@code screenshotBase64},
 * {@code dataUrl}, {@code attachments}), found on the object literal the item is built from or on the interface its
 * parameter is typed with. Such an item has no size the code bounds, so a count cap on a list of them bounds nothing.
 */
public final class LargeContent {
  /** Name endings (lower case) that say what a field holds, in the words a finding uses. */
  private static final Map<String, String> ENDINGS = Map.of(
      "html", "HTML", "audio", "audio", "base64", "base64 data", "datauri", "a data URI", "dataurl", "a data URL",
      "attachments", "attachments", "screenshot", "a screenshot", "rawemail", "a raw email", "pdf", "a PDF");

  private LargeContent() {}

  /** What makes {@code item} large ("`html` (HTML)"), when the code says. */
  public static Optional<String> of(ISwc4jAst item, FunctionUnit unit, Evaluator evaluator) {
    if (evaluator.eval(item, unit) instanceof Value.Blob blob) {
      return Optional.of(blob.source());
    }
    return fields(item, unit).stream().map(LargeContent::describe).flatMap(Optional::stream).findFirst();
  }

  private static Optional<String> describe(String field) {
    String lower = field.toLowerCase(Locale.ROOT);
    return ENDINGS.entrySet().stream().filter(e -> lower.endsWith(e.getKey())).findFirst()
        .map(e -> "`" + field + "` (" + e.getValue() + ")");
  }

  /** The field names of the object {@code item} is: its literal, a variable's literal, or its parameter's interface. */
  private static List<String> fields(ISwc4jAst item, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(item);
    if (n instanceof Swc4jAstObjectLit object) {
      return keys(object);
    }
    if (!(n instanceof Swc4jAstIdent id)) {
      return List.of();
    }
    Optional<Declaration> d = unit.lookup(id.getSym());
    Optional<ISwc4jAst> init = d.flatMap(Declaration::wholeVariable).map(v -> Ast.unwrap(v.init()));
    if (init.isPresent() && init.get() instanceof Swc4jAstObjectLit o) {
      return keys(o);
    }
    if (d.isPresent() && d.get() instanceof Declaration.Parameter p && p.path().isEmpty() && p.index() < p.unit().params().size()
        && p.unit().params().get(p.index()) instanceof Swc4jAstBindingIdent param && param.getTypeAnn().isPresent()
        && param.getTypeAnn().get().getTypeAnn() instanceof Swc4jAstTsTypeRef ref) {
      return Ast.name(ref.getTypeName()).map(type -> interfaceFields(type, p.unit().module())).orElse(List.of());
    }
    return List.of();
  }

  private static List<String> keys(Swc4jAstObjectLit object) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst prop : object.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv) {
        Ast.name(kv.getKey()).ifPresent(out::add);
      } else if (prop instanceof Swc4jAstIdent shorthand) {
        out.add(shorthand.getSym());
      }
    }
    return out;
  }

  /** The property names of {@code interface type} declared at the top of {@code module}. */
  private static List<String> interfaceFields(String type, SourceModule module) {
    for (ISwc4jAst statement : module.program().getChildNodes()) {
      ISwc4jAst decl = statement instanceof Swc4jAstExportDecl export ? export.getDecl() : statement;
      if (decl instanceof Swc4jAstTsInterfaceDecl i && i.getId().getSym().equals(type)) {
        List<String> out = new ArrayList<>();
        i.getBody().getBody().forEach(member -> {
          if (member instanceof Swc4jAstTsPropertySignature property) {
            Ast.name(property.getKey()).ifPresent(out::add);
          }
        });
        return out;
      }
    }
    return List.of();
  }
}
