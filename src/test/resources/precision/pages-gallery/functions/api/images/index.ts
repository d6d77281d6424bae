interface Env { DB: D1Database; IMAGES: R2Bucket }

export const onRequestGet: PagesFunction<Env> = async ({ env, request }) => {
  const owner = new URL(request.url).searchParams.get("owner") ?? "";
  const { results } = await env.DB
    .prepare("SELECT id, title FROM images WHERE owner = ? ORDER BY created_at DESC LIMIT 30")
    .bind(owner)
    .all();
  return Response.json(results);
};

export const onRequestPost: PagesFunction<Env> = async ({ env, request }) => {
  const form = await request.formData();
  const file = form.get("file") as File;
  const id = crypto.randomUUID();
  await env.IMAGES.put(`originals/${id}`, file.stream(), { httpMetadata: { contentType: file.type } });
  await env.DB.prepare("INSERT INTO images (id, owner, title, created_at) VALUES (?, ?, ?, ?)")
    .bind(id, "me", file.name, Date.now()).run();
  return Response.json({ id }, { status: 201 });
};
