import puppeteer, { sessions } from "@cloudflare/puppeteer";

// a screenshot service for the team: only callers holding the service token get a browser
async function capture(url: string, env: Env): Promise<Response> {
  const browser = await puppeteer.launch(env.RENDERER); // quiet: the fetch handler refused callers without the token first
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
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/status") {
      // quiet: listing the open sessions reads the account's state, it starts no browser
      return Response.json(await sessions(env.RENDERER));
    }
    if (request.headers.get("authorization") !== `Bearer ${env.SERVICE_TOKEN}`) {
      return new Response("Unauthorized", { status: 401 });
    }
    const target = url.searchParams.get("url");
    return target ? capture(target, env) : new Response("missing url", { status: 400 });
  },
} satisfies ExportedHandler<Env>;
