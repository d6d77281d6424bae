import { Hono } from "hono";
import { BoardService } from "./boards";

const app = new Hono<{ Bindings: { DB: D1Database } }>();

app.get("/u/:owner", async (c) => c.json(await new BoardService(c.env).profile(c.req.param("owner"))));

export default app;
