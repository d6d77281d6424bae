interface Env {
  ONBOARDING: Workflow;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const instance = await env.ONBOARDING.create({ params: await request.json() });
    return Response.json({ id: instance.id });
  },
};
