export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const events = await request.json<{ type: string }[]>();
    const messages = [];
    for (const event of events) {
      messages.push({ body: event });
    }
    await env.JOBS.sendBatch(messages);  // quiet: messages collected in the loop are sent in one sendBatch
    await env.JOBS.send({ type: "summary", count: events.length });  // quiet: one send outside the loop
    return new Response("queued", { status: 202 });
  },
} satisfies ExportedHandler<Env>;
