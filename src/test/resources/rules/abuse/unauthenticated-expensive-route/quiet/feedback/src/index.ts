type Feedback = { id: string; text: string };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // only signed-in customers can send feedback: the consumer's model runs behind this check
    const session = request.headers.get("Authorization");
    if (!session || !(await env.SESSIONS.get(session.replace("Bearer ", "")))) {
      return new Response("Unauthorized", { status: 401 });
    }
    const body = await request.json<Feedback>();
    await env.INTAKE.send({ id: body.id, text: body.text }); // quiet: the producer checks its caller first
    return new Response(null, { status: 202 });
  },
} satisfies ExportedHandler<Env>;
