// Stores every submitted image in NuxtHub's blob bucket (R2, bound as BLOB) and replaces the old ones.
export default defineEventHandler(async (event) => {
  const form = await readFormData(event);
  const images = form.getAll("images") as File[];
  for (const old of form.getAll("replaced") as string[]) {
    await hubBlob().del(old);
  }
  const saved = await Promise.all(images.map((image) => hubBlob().put(image.name, image, { prefix: "images" })));
  await hubKV().put("images:last", saved.length);
  return saved.map((blob) => blob.pathname);
});
