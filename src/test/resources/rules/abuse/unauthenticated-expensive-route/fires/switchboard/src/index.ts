interface Env {
  MEDIA_BASE: string;
  MEDIA_TOKEN: string;
}

// publishing and playing are two routes of one handler: each is named by its own function
// expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
async function publish(request: Request, env: Env): Promise<Response> {
  const res = await fetch(`${env.MEDIA_BASE}/publish`, {
    method: "POST",
    body: await request.text(),
    headers: { Authorization: `Bearer ${env.MEDIA_TOKEN}` },
    signal: AbortSignal.timeout(5000),
  });
  return new Response(await res.text(), { status: 201 });
}

// expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
async function play(request: Request, env: Env): Promise<Response> {
  const res = await fetch(`${env.MEDIA_BASE}/play`, {
    method: "POST",
    body: await request.text(),
    headers: { Authorization: `Bearer ${env.MEDIA_TOKEN}` },
    signal: AbortSignal.timeout(5000),
  });
  return new Response(await res.text(), { status: 201 });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname.startsWith("/publish")) {
      return publish(request, env);
    }
    return play(request, env);
  },
} satisfies ExportedHandler<Env>;
