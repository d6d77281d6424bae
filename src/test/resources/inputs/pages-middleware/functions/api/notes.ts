export const onRequestGet: PagesFunction<{ NOTES: KVNamespace }> = async (context) => {
  const id = new URL(context.request.url).searchParams.get("id") ?? "";
  return new Response(await context.env.NOTES.get(`note:${id}`));
};
