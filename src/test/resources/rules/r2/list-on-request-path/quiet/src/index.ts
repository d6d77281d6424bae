interface Env {
  PHOTOS: R2Bucket;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === "DELETE") return deleteFolder(new URL(request.url).pathname.slice(1), env);
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

// Deleting a folder has to list what it removes: one list per page of 1,000 keys, each page removed in one call.
async function deleteFolder(prefix: string, env: Env): Promise<Response> {
  let cursor: string | undefined;
  let page: R2Objects;
  do {
    page = await env.PHOTOS.list({ prefix: prefix + "/", cursor }); // quiet: the listing is part of the folder delete
    await env.PHOTOS.delete(page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (page.truncated);
  return new Response(null, { status: 204 });
}
