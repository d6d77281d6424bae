type Env = { UPLOADS: R2Bucket };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const key = new URL(request.url).pathname.slice(1);
    const object = await env.UPLOADS.get(key);
    return object ? new Response(object.body) : new Response("not found", { status: 404 });
  },
};
