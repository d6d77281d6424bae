interface Env {
  MEDIA_BASE: string;
  MEDIA_TOKEN: string;
  SPEECH_ENDPOINT: string;
  SPEECH_API_KEY: string;
}

// opens a media session on the owner's media account
async function openSession(env: Env): Promise<string> {
  const res = await fetch(`${env.MEDIA_BASE}/sessions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${env.MEDIA_TOKEN}` },
    signal: AbortSignal.timeout(5000),
  });
  const body = (await res.json()) as { id: string };
  return body.id;
}

// hands the caller's offer to a hosted speech model on the owner's key
async function askSpeechModel(offer: string, env: Env): Promise<string> {
  const key = env.SPEECH_API_KEY;
  const res = await fetch(env.SPEECH_ENDPOINT, {
    method: "POST",
    body: offer,
    headers: { Authorization: `Bearer ${key}` },
    signal: AbortSignal.timeout(10000),
  });
  return res.text();
}

function preflight(): Response {
  return new Response(null, { status: 204, headers: { "access-control-allow-origin": "*" } });
}

export default {
  // one route (its path checked, then the same steps every time): one finding, named at the handler
  // expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === "OPTIONS") {
      return preflight();
    }
    if (!new URL(request.url).pathname.endsWith("/offer")) {
      return new Response("not found", { status: 404 });
    }
    const session = await openSession(env);
    const answer = await askSpeechModel(await request.text(), env);
    return new Response(answer, { headers: { "x-session": session } });
  },
} satisfies ExportedHandler<Env>;
