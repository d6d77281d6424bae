interface Env {
  MEDIA_BASE: string;
  MEDIA_TOKEN: string;
}

function mediaHeaders(env: Env): Record<string, string> {
  return { Authorization: `Bearer ${env.MEDIA_TOKEN}` };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const id = url.searchParams.get("id") ?? "";
    if (url.pathname === "/hangup") {
      // quiet: closing a session on the owner's key frees what an earlier call made; repeating it spends nothing
      await fetch(`${env.MEDIA_BASE}/sessions/${id}/close`, {
        method: "PUT",
        headers: mediaHeaders(env),
        signal: AbortSignal.timeout(5000),
      });
      return new Response(null, { status: 204 });
    }
    // quiet: a DELETE removes a recording, it creates nothing billed
    await fetch(`${env.MEDIA_BASE}/recordings/${id}`, {
      method: "DELETE",
      headers: mediaHeaders(env),
      signal: AbortSignal.timeout(5000),
    });
    return new Response(null, { status: 204 });
  },
} satisfies ExportedHandler<Env>;
