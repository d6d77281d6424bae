// Creates a short link unless the slug is taken; a taken slug answers with the link already stored there.
// The stored value is the client's link, not an answer computed on a miss: no cache, so nothing to defer or expire.
import { z } from "zod";

const NewLink = z.object({ slug: z.string().min(3), url: z.string().url() });

export default defineEventHandler(async (event) => {
  const link = await readValidatedBody(event, NewLink.parse);
  const { LINKS } = event.context.cloudflare.env;
  const taken = await LINKS.get(`slug:${link.slug}`, { type: "json" });
  if (taken) {
    return { link: taken, created: false };
  }
  await LINKS.put(`slug:${link.slug}`, JSON.stringify({ url: link.url, createdAt: Date.now() }));
  return { link, created: true };
});
