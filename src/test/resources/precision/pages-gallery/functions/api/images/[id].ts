interface Env { DB: D1Database; IMAGES: R2Bucket }

export const onRequestGet: PagesFunction<Env> = async ({ env, params }) => {
  const object = await env.IMAGES.get(`originals/${params.id}`);
  if (!object) return new Response("not found", { status: 404 });
  const headers = new Headers();
  object.writeHttpMetadata(headers);
  return new Response(object.body, { headers });
};

export const onRequestDelete: PagesFunction<Env> = async ({ env, params }) => {
  await env.IMAGES.delete(`originals/${params.id}`);
  await env.DB.prepare("DELETE FROM images WHERE id = ?").bind(params.id).run();
  return new Response(null, { status: 204 });
};
