export async function onRequestPost(context) {
  const { id } = await context.request.json();
  await context.env.PHOTOS.delete(`photo:${id}`);
  return new Response("removed");
}
