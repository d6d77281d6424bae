interface Env { SERVICE_NAME: string; SERVICE_VERSION: string; STAGE: string }
export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    return Response.json({ name: env.SERVICE_NAME, version: env.SERVICE_VERSION, stage: env.STAGE });
  },
};
