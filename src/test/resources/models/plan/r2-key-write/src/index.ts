interface Env {
  FILES: R2Bucket;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    await env.FILES.put("latest.json", await request.text());
    return new Response("saved");
  },
};
