package dev.cfscale.parse.ts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a script is a Pages Function or a dashboard Worker, as the parser reads its exports. */
class ScriptHandlerShapesTest {
  private final ScriptHandlerShapes shapes = new ScriptHandlerShapes(new TsParser());

  @Test
  void pagesHandlers_inEveryExportForm() {
    assertThat(shapes.exportsPagesHandler("a.ts", "export async function onRequestPost(ctx) { return new Response('ok') }")).isTrue();
    assertThat(shapes.exportsPagesHandler("a.js", "export const onRequest = [auth, handle];")).isTrue();
    assertThat(shapes.exportsPagesHandler("a.js", "const handle = () => new Response(''); export { handle as onRequestGet };")).isTrue();
    assertThat(shapes.exportsPagesHandler("a.ts", "export { onRequest } from './shared';")).isTrue();
  }

  @Test
  void pagesHandlerNamedOnlyInACommentOrString_orNotExported_isNone() {
    assertThat(shapes.exportsPagesHandler("a.ts", """
        // export function onRequest() {} lived here
        const help = "export const onRequestGet = ...";
        function onRequest() {}
        export const onRequestHelper = 1;
        """)).isFalse();
  }

  @Test
  void workerScripts_moduleAndServiceWorker() {
    assertThat(shapes.servesFetch("index.js", "export default { async fetch(request, env) { return new Response('hi') } }")).isTrue();
    assertThat(shapes.servesFetch("index.ts", "export default { fetch: app.fetch } satisfies ExportedHandler<Env>;")).isTrue();
    assertThat(shapes.servesFetch("worker.js", "addEventListener('fetch', (event) => event.respondWith(handle(event.request)));")).isTrue();
    // a long scheduled handler before fetch: the text pattern this replaced looked only 400 characters into the object
    assertThat(shapes.servesFetch("index.js", "export default { async scheduled() { const a = 1; const b = 2; }, async fetch() {} }")).isTrue();
  }

  @Test
  void fetchNamedOnlyInACommentStringOrOtherObject_isNoWorker() {
    assertThat(shapes.servesFetch("index.js", """
        // addEventListener("fetch", handler) is how service workers did it
        const docs = "export default { fetch() {} }";
        window.addEventListener('fetch', () => {});
        export default { name: 'app', data() { return { fetch: true } } };
        """)).isFalse();
    assertThat(shapes.servesFetch("index.js", "export default { fetch(")).isFalse(); // does not parse
  }

  @Test
  void frameworkConfig_loadsAPackageByImportRequireOrModulesList() {
    assertThat(shapes.loadsPackage("astro.config.mjs", "import cloudflare from '@astrojs/cloudflare';\nexport default { adapter: cloudflare() };",
        "@astrojs/cloudflare")).isTrue();
    assertThat(shapes.loadsPackage("svelte.config.js", "const adapter = require('@sveltejs/adapter-cloudflare'); module.exports = { adapter };",
        "@sveltejs/adapter-cloudflare")).isTrue();
    assertThat(shapes.loadsPackage("nuxt.config.ts", "export default defineNuxtConfig({ modules: ['@nuxt/ui', '@nuxthub/core'] })",
        "@nuxthub/core")).isTrue();
    assertThat(shapes.loadsPackage("nuxt.config.ts", "export default defineNuxtConfig({ modules: [['@nuxthub/core', { remote: true }]] })",
        "@nuxthub/core")).isTrue();
  }

  /** The text search this replaced took a commented-out adapter import for a Pages build. */
  @Test
  void packageNamedInACommentOrATypeImport_isNotLoaded() {
    assertThat(shapes.loadsPackage("astro.config.ts", """
        // import cloudflare from "@astrojs/cloudflare";
        import type { Options } from '@astrojs/cloudflare';
        export default defineConfig({ output: 'static', site: 'see @astrojs/cloudflare' });
        """, "@astrojs/cloudflare")).isFalse();
  }
}
