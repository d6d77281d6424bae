// Creates a short link unless the slug is taken; a taken slug answers with the link already stored there.
// Anyone may create links: one stored record per call, nothing signs in or limits the rate.
import { z } from "zod";

const NewLink = z.object({ slug: z.string().min(3), url: z.string().url() });

export default defineEventHandler(async (event) => {
  const link = await readValidatedBody(event, NewLink.parse);
  const { LINKS } = event.context.cloudflare.env;
  const taken = await LINKS.get(`slug:${link.slug}`, { type: "json" });
  if (taken) {
    return { link: taken, created: false };
  }
  // expect: abuse/unauthenticated-expensive-route
  await LINKS.put(`slug:${link.slug}`, JSON.stringify({ url: link.url, createdAt: Date.now() }));
  return { link, created: true };
});
