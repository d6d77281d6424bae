import { unzipSync } from "fflate";
import { TemplateArchive } from "./templates";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/themes") {
      const themes = await env.BUCKET.get("themes.zip");
      if (!themes) return new Response("not found", { status: 404 });
      // quiet: a zip is read whole to be unpacked (its directory is at the end of the file)
      const files = unzipSync(new Uint8Array(await themes.arrayBuffer()));
      return Response.json(Object.keys(files));
    }
    if (url.pathname.startsWith("/templates/")) {
      return Response.json(await TemplateArchive.files(env, url.pathname.slice("/templates/".length)));
    }
    const object = await env.BUCKET.get(url.pathname.slice(1));
    if (!object) return new Response("not found", { status: 404 });
    const config = await (await env.BUCKET.get("config.json"))?.json();  // quiet: a small config object read whole is fine
    // quiet: a fetch response's arrayBuffer is not an R2 body
    const upstream = await fetch("https://example.com/small.bin");
    await upstream.arrayBuffer();
    return new Response(object.body, { headers: { etag: object.httpEtag, "x-config": String(config) } });  // quiet: the object body is streamed
  },
} satisfies ExportedHandler<Env>;

// quiet: no entry point of the Worker calls this helper, so nothing is ever buffered by it
export async function exportArchive(env: Env, key: string): Promise<ArrayBuffer | undefined> {
  const archive = await env.BUCKET.get(key);
  return archive?.arrayBuffer();
}
