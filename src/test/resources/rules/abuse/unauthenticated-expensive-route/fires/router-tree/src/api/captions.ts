import { Hono } from "hono";

// mounted two routers deep: served at /api/v1/captions
const captions = new Hono<{ Bindings: Env }>();

captions.post("/", async (c) => {
  const { imageUrl } = await c.req.json<{ imageUrl: string }>();
  const image = await (await fetch(imageUrl)).arrayBuffer();
  // expect: abuse/unauthenticated-expensive-route contains: route POST /api/v1/captions
  const caption = await c.env.AI.run("@cf/llava-hf/llava-1.5-7b-hf", { image: [...new Uint8Array(image)], prompt: "Describe the picture" });
  return c.json(caption);
});

export default captions;
