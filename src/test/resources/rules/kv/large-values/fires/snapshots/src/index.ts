import puppeteer from "@cloudflare/puppeteer";

// caches a full-page screenshot of the page the caller names for a day
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const target = new URL(request.url).searchParams.get("url") ?? "https://example.com";
    const cached = await env.SHOTS.get(target, "arrayBuffer");
    if (cached) {
      return new Response(cached, { headers: { "content-type": "image/png" } });
    }
    const browser = await puppeteer.launch(env.BROWSER);
    const page = await browser.newPage();
    await page.goto(target);
    const image = await page.screenshot({ fullPage: true });
    await browser.close();
    // expect: kv/large-values contains: screenshot
    await env.SHOTS.put(target, image, { expirationTtl: 86400 });
    return new Response(image, { headers: { "content-type": "image/png" } });
  },
} satisfies ExportedHandler<Env>;
