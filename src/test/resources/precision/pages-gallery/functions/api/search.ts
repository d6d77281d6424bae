interface Env { DB: D1Database }

export const onRequestGet: PagesFunction<Env> = async ({ env, request }) => {
  const tag = new URL(request.url).searchParams.get("tag") ?? "";
  // TP: tags is not indexed; this scans every image
  const { results } = await env.DB
    // expect: d1/full-table-scan
    .prepare("SELECT id, title FROM images WHERE tags = ? ORDER BY created_at DESC LIMIT 30")
    .bind(tag)
    .all();
  return Response.json(results);
};
