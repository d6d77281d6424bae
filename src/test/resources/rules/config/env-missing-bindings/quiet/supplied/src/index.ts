interface Env { STRIPE_KEY: string; BUILD_SHA: string; PAYMENTS_URL: string; API_TOKEN: string }
export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    return Response.json({ sha: env.BUILD_SHA, hasKey: env.STRIPE_KEY.length > 0, url: env.PAYMENTS_URL, token: !!env.API_TOKEN });
  },
};
