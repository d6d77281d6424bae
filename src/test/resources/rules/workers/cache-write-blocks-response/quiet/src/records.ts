// A record update, not a cache fill: the lookup answers 404 when the record is missing.
export async function toggleFlag(request: Request, env: Env): Promise<Response> {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const record = await env.CACHE.getWithMetadata<{ liked: boolean }>(id);
  if (!record.metadata) return new Response("not found", { status: 404 });
  record.metadata.liked = !record.metadata.liked;
  await env.CACHE.put(id, "", { metadata: record.metadata }); // quiet: awaited write of a record the response reports
  return Response.json(record.metadata);
}
