// A NuxtHub gallery: one R2 write per submitted file, the count chosen by the client.
export default defineEventHandler(async (event) => {
  const form = await readFormData(event);
  const files = form.getAll("files") as File[];
  // expect: workers/subrequests-in-loop
  const saved = await Promise.all(files.map((file) => hubBlob().put(file.name, file)));
  for (const key of form.getAll("removed") as string[]) {
    // expect: workers/subrequests-in-loop
    await hubBlob().del(key);
  }
  return saved.length;
});
