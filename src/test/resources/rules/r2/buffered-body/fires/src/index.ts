import { gunzipSync } from "fflate";
import { SiteUnzipper } from "./unzipper";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/logs") {
      const archive = await env.BUCKET.get("logs/today.gz");
      if (!archive) return new Response("not found", { status: 404 });
      // a gzip stream can be unpacked as it streams (DecompressionStream): buffering it is a choice
      // expect: r2/buffered-body
      const packed = await archive.arrayBuffer();
      return new Response(gunzipSync(new Uint8Array(packed)));
    }
    if (url.pathname === "/site.zip") {
      const site = await env.BUCKET.get("site.zip");
      if (!site) return new Response("not found", { status: 404 });
      // the zip is only passed through, never unpacked: it could stream
      // expect: r2/buffered-body
      const zipped = await site.arrayBuffer();
      SiteUnzipper.log(url.pathname);
      return new Response(zipped);
    }
    const object = await env.BUCKET.get(url.pathname.slice(1));
    if (!object) return new Response("not found", { status: 404 });
    // expect: r2/buffered-body
    const bytes = await object.arrayBuffer();
    return new Response(bytes);
  },
} satisfies ExportedHandler<Env>;
