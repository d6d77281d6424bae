import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { and, eq } from "drizzle-orm";
import { recipes, recipeVisits } from "./schema";

const app = new Hono<{ Bindings: Env }>();

// Every page view leaves a row; the rows of a recipe go only when the recipe itself is deleted.
app.get("/recipes/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const id = c.req.param("id");
  // expect: storage/unbounded-growth contains: except when the record its rows belong to is deleted
  await db.insert(recipeVisits).values({ id: crypto.randomUUID(), recipeId: id, visitor: c.req.header("cf-connecting-ip") ?? "", seenAt: Date.now() });
  return c.json(await db.select().from(recipes).where(eq(recipes.id, id)).get());
});

app.delete("/recipes/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const id = c.req.param("id");
  await db.delete(recipeVisits).where(eq(recipeVisits.recipeId, id)); // the children, cleared with their parent
  await db.delete(recipes).where(and(eq(recipes.id, id), eq(recipes.ownerId, c.req.header("x-user") ?? "")));
  return c.body(null, 204);
});

export default app;
