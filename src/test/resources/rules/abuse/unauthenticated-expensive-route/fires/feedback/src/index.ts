type Feedback = { id: string; text: string };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/feedback") {
      const body = await request.json<Feedback>();
      // the route only enqueues, but the consumer Worker classifies every message with a model: anyone can run it
      // expect: abuse/unauthenticated-expensive-route contains: enqueues a message whose consumer runs a model
      await env.INTAKE.send({ id: body.id, text: body.text });
      // the audit queue's consumer only counts messages: nothing billed per call behind it
      await env.AUDIT_LOG.send({ id: body.id, at: Date.now() });
      return new Response(null, { status: 202 });
    }
    return new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
