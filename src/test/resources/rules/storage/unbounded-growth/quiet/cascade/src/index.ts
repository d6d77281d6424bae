import { Hono } from "hono";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { recipes, recipeVisits } from "./schema";

const app = new Hono<{ Bindings: Env }>();

app.get("/recipes/:id", async (c) => {
  const db = drizzle(c.env.DB);
  const id = c.req.param("id");
  // quiet: the owner resets a recipe's visits from its page: rows are removed while the recipe lives
  await db.insert(recipeVisits).values({ id: crypto.randomUUID(), recipeId: id, visitor: c.req.header("cf-connecting-ip") ?? "", seenAt: Date.now() });
  return c.json(await db.select().from(recipes).where(eq(recipes.id, id)).get());
});

// A reset of one recipe's counter, not part of deleting the recipe: it prunes the visits table.
app.post("/recipes/:id/visits/reset", async (c) => {
  const db = drizzle(c.env.DB);
  await db.delete(recipeVisits).where(eq(recipeVisits.recipeId, c.req.param("id")));
  return c.body(null, 204);
});

export default app;
