import puppeteer from "@cloudflare/puppeteer";

// a screenshot service: any visitor names a page and gets a picture of it
async function capture(url: string, env: Env): Promise<Response> {
  const browser = await puppeteer.launch(env.RENDERER);
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const image = await page.screenshot({ type: "png" });
    return new Response(image, { headers: { "content-type": "image/png" } });
  } finally {
    await browser.close();
  }
}

export default {
  // one route whose helper does the work: named at the handler
  // expect: abuse/unauthenticated-expensive-route contains: starts a headless browser
  async fetch(request: Request, env: Env): Promise<Response> {
    const target = new URL(request.url).searchParams.get("url");
    if (!target) {
      return new Response("missing url", { status: 400 });
    }
    return capture(target, env);
  },
} satisfies ExportedHandler<Env>;
