export default {
  async fetch(request: Request, env: { UPSTREAM: string }): Promise<Response> {
    return new Response(`upstream ${env.UPSTREAM}`);
  },
};
