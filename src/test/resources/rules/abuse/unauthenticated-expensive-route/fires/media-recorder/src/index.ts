interface Env {
  MEDIA_BASE: string;
  MEDIA_TOKEN: string;
}

function mediaHeaders(env: Env): Record<string, string> {
  return { Authorization: `Bearer ${env.MEDIA_TOKEN}` };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // headers a helper builds from the secret
    // expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
    const res = await fetch(`${env.MEDIA_BASE}/recordings`, {
      method: "POST",
      headers: mediaHeaders(env),
      signal: AbortSignal.timeout(5000),
    });
    return new Response(await res.text(), { status: 201 });
  },
} satisfies ExportedHandler<Env>;
