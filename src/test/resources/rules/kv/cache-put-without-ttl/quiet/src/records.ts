// An admin edit of one stored record: the lookup returns 404 when the record is missing, then the record is
// changed and written back. KV is the store of record here, not a cache.
export async function renameRecord(request: Request, env: Env): Promise<Response> {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const record = await env.STORE.getWithMetadata<{ name: string }>(id);
  if (!record.metadata) return new Response("not found", { status: 404 });
  record.metadata.name = "renamed";
  await env.STORE.put(id, "", { metadata: record.metadata }); // quiet: a record update after a 404-on-miss lookup
  return Response.json(record.metadata);
}
