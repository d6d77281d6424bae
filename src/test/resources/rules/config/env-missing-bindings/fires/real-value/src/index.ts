interface Env { SERVICE_NAME: string; REPORT_URL: string; STAGE: string }
export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    return Response.json({ name: env.SERVICE_NAME, report: env.REPORT_URL, stage: env.STAGE });
  },
};
