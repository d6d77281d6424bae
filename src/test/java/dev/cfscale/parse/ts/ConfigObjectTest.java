package dev.cfscale.parse.ts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The options object a tool config exports, read with the parser. */
class ConfigObjectTest {

  @Test
  void exportForms_allReachTheOptions() {
    assertThat(ConfigObject.read("a.ts", "export default defineConfig({ out: 'x' })").strings("out")).containsExactly("x");
    assertThat(ConfigObject.read("a.ts", "export default { out: `x` } satisfies Config").strings("out")).containsExactly("x");
    assertThat(ConfigObject.read("a.js", "module.exports = { out: 'x' };").strings("out")).containsExactly("x");
    assertThat(ConfigObject.read("a.ts", "export const base = { out: 'x' }; const c = base; export default c;").strings("out"))
        .containsExactly("x");
  }

  @Test
  void kinds_sayWhatALiteralIs_andComputedValuesAreOther() {
    ConfigObject o = ConfigObject.read("a.ts", "export default { a: true, b: false, c: 'x', d: {}, e: process.env.E, f: `x${y}` }");
    assertThat(o.keys()).containsExactly("a", "b", "c", "d", "e", "f");
    assertThat(o.kind("a")).isEqualTo(ConfigObject.Kind.TRUE);
    assertThat(o.kind("b")).isEqualTo(ConfigObject.Kind.FALSE);
    assertThat(o.kind("c")).isEqualTo(ConfigObject.Kind.STRING);
    assertThat(o.kind("d")).isEqualTo(ConfigObject.Kind.OBJECT);
    assertThat(o.kind("e")).isEqualTo(ConfigObject.Kind.OTHER);
    assertThat(o.kind("f")).isEqualTo(ConfigObject.Kind.OTHER);
    assertThat(o.kind("g")).isEqualTo(ConfigObject.Kind.ABSENT);
  }

  @Test
  void unparsableOrUnexportedConfig_isEmpty() {
    assertThat(ConfigObject.read("a.ts", "export default defineConfig({ out: ").isEmpty()).isTrue();
    assertThat(ConfigObject.read("a.ts", "const config = { out: 'x' };").isEmpty()).isTrue();
  }
}
