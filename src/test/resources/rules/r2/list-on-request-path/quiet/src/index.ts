interface Env {
  PHOTOS: R2Bucket;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const object = await env.PHOTOS.get(new URL(request.url).pathname.slice(1));  // quiet: a get per request, not a list
    return object ? new Response(object.body) : new Response("not found", { status: 404 });
  },

  // quiet: a queue consumer may list a prefix to clean it up
  async queue(batch: MessageBatch<{ prefix: string }>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      const listing = await env.PHOTOS.list({ prefix: message.body.prefix });
      await env.PHOTOS.delete(listing.objects.map((o) => o.key));
    }
  },
};
