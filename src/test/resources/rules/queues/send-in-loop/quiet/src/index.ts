export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const events = await request.json<{ type: string }[]>();
    const messages = [];
    for (const event of events) {
      messages.push({ body: event });
    }
    await env.JOBS.sendBatch(messages);
    await env.JOBS.send({ type: "summary", count: events.length });
    return new Response("queued", { status: 202 });
  },
} satisfies ExportedHandler<Env>;
