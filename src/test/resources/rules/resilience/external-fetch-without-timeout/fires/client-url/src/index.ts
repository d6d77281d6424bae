import { z } from "zod";

// A chat relay that inlines the pictures a message links to, and a link-preview endpoint: the URLs are the
// client's, so the hosts are whatever the caller points them at.
type Part = { kind: string; link?: string };
type Message = { parts: Part[] };

async function inline(link: string): Promise<string> {
  // expect: resilience/external-fetch-without-timeout contains: a host the client chooses
  const picture = await fetch(link);
  return picture.headers.get("content-type") ?? "application/octet-stream";
}

async function describeParts(message: Message): Promise<string[]> {
  const kinds: string[] = [];
  for (const part of message.parts) {
    if (part.kind === "picture" && part.link) {
      kinds.push(await inline(part.link));
    }
  }
  return kinds;
}

async function relay(request: Request): Promise<Response> {
  const body = (await request.json()) as { messages: Message[] };
  const described = [];
  for (const message of body.messages) {
    described.push(await describeParts(message));
  }
  return Response.json(described);
}

async function preview(request: Request): Promise<Response> {
  const target = new URL(request.url).searchParams.get("target") ?? "";
  // expect: resilience/external-fetch-without-timeout
  const page = await fetch(`${target}`, { headers: { accept: "text/html" } });
  return new Response(await page.text(), { headers: { "content-type": "text/html" } });
}

async function probe(request: Request): Promise<Response> {
  const form = await request.formData();
  const checks = await Promise.all(
    form.getAll("site").map(async (site) => {
      // expect: resilience/external-fetch-without-timeout
      const res = await fetch(new URL(String(site)), { method: "HEAD" });
      return res.status;
    }),
  );
  return Response.json(checks);
}

const hookSchema = z.object({ target: z.string().url() });

// a webhook tester: the schema checks the shape, the caller still picks the host
async function testHook(request: Request): Promise<Response> {
  const parsed = hookSchema.safeParse(await request.json());
  if (!parsed.success) return new Response("bad request", { status: 400 });
  // expect: resilience/external-fetch-without-timeout
  const res = await fetch(parsed.data.target.replace(/\/$/, ""), { method: "POST", body: "{}" });
  return Response.json({ status: res.status });
}

// a settings page that checks a model endpoint the user typed in: the body is read by a static helper of a base
// controller, and the host is still the one the caller sent
class Controller {
  static async readBody<T>(request: Request): Promise<{ ok: boolean; data?: T }> {
    try {
      return { ok: true, data: (await request.json()) as T };
    } catch {
      return { ok: false };
    }
  }
}

const endpointSchema = z.object({ endpoint: z.string().url(), key: z.string() });

class EndpointController extends Controller {
  static async check(request: Request): Promise<Response> {
    const body = await EndpointController.readBody<unknown>(request);
    const parsed = endpointSchema.safeParse(body.data);
    if (!body.ok || !parsed.success) return new Response("bad request", { status: 400 });
    const endpoint = parsed.data.endpoint;
    // expect: resilience/external-fetch-without-timeout contains: a host the client chooses
    const res = await fetch(`${endpoint.replace(/\/$/, "")}/models`, { headers: { authorization: `Bearer ${parsed.data.key}` } });
    return Response.json({ reachable: res.ok });
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === "/endpoint") return EndpointController.check(request);
    if (pathname === "/hook") return testHook(request);
    if (pathname === "/relay") return relay(request);
    if (pathname === "/probe") return probe(request);
    return preview(request);
  },
};
