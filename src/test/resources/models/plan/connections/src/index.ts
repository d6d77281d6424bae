interface Env {
  PROFILES: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const ids = await request.json<string[]>();
    const profiles = await Promise.all(ids.map((id) => env.PROFILES.get(`profile:${id}`)));
    return Response.json(profiles);
  },
};
