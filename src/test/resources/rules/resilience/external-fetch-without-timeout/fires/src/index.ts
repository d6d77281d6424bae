import { Hono } from "hono";

const app = new Hono<{ Bindings: Env }>();
const RATES_URL = "https://rates.example-fx.com/v1/latest";

app.get("/rates", async (c) => {
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch(RATES_URL, { headers: { accept: "application/json" } });
  return c.json(await res.json());
});

app.get("/repo/:name", async (c) => {
  const options = { headers: { "user-agent": "app" } };
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch(`https://api.github.com/repos/acme/${c.req.param("name")}`, options);
  return c.json(await res.json());
});

app.get("/", async (c) => c.html(await theme()));

async function theme(): Promise<string> {
  // expect: resilience/external-fetch-without-timeout
  const page = await fetch("https://acme.github.io/theme/" + "index.html");
  return page.text();
}

app.get("/live", async (c) => {
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch("https://scores.example.org/live.json", { cache: "no-store", next: { revalidate: 0 } });
  return c.json(await res.json());
});

app.post("/notify", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  // the client's headers go on, but the body is the Worker's own request: not a pass-through proxy
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch("https://hooks.example.net/notify", { method: "POST", headers: c.req.raw.headers, body: JSON.stringify({ text }) });
  return c.body(null, res.status === 200 ? 204 : 502);
});

// a controller armed for the first call only: the second fetch does not carry its signal
app.get("/profile/:id", async (c) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  const user = await fetch(`https://users.example.com/${c.req.param("id")}`, { signal: controller.signal });
  clearTimeout(timer);
  // expect: resilience/external-fetch-without-timeout
  const avatar = await fetch(`https://avatars.example.com/${c.req.param("id")}`, { method: "HEAD" });
  return c.json({ user: await user.json(), avatar: avatar.ok });
});

// a webhook tester: the caller names the endpoint to call
app.post("/webhooks/test", async (c) => {
  const { endpoint } = await c.req.json<{ endpoint: string }>();
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch(endpoint, { method: "POST", body: "{}" });
  return c.json({ status: res.status });
});

app.get("/unfurl", async (c) => {
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch(c.req.query("link") ?? "", { headers: { accept: "text/html" } });
  return c.text(await res.text());
});

export default app;
