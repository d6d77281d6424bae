interface Env {
  EVENTS: Queue;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const events = await request.json<unknown[]>();
    for (const event of events) {
      await env.EVENTS.send(event);
    }
    return new Response(null, { status: 202 });
  },
};
