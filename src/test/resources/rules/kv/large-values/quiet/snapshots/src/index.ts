import puppeteer from "@cloudflare/puppeteer";

// keeps full-page screenshots in R2 and only their titles in KV
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const target = new URL(request.url).searchParams.get("url") ?? "https://example.com";
    const browser = await puppeteer.launch(env.BROWSER);
    const page = await browser.newPage();
    await page.goto(target);
    const image = await page.screenshot({ fullPage: true });
    const title = await page.title();
    await browser.close();
    const key = `shots/${crypto.randomUUID()}.png`;
    await env.IMAGES.put(key, image);
    await env.SHOTS.put(key, title, { expirationTtl: 86400 }); // quiet: the page's title is a short string; the image went to R2
    return Response.json({ key, title });
  },
} satisfies ExportedHandler<Env>;
