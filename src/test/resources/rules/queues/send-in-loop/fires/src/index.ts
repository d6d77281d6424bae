export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const events = await request.json<{ type: string }[]>();
    for (const event of events) {
      // expect: queues/send-in-loop
      await env.JOBS.send(event);
    }
    return new Response("queued", { status: 202 });
  },
} satisfies ExportedHandler<Env>;
