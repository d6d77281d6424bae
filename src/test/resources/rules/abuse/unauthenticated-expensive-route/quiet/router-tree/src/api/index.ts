import { Hono } from "hono";
import captions from "./captions";

const api = new Hono<{ Bindings: Env }>();

// every route of the API router, and of the routers mounted on it, needs the key
api.use("*", async (c, next) => {
  if (c.req.header("x-api-key") !== c.env.API_KEY) {
    return c.json({ error: "unauthorized" }, 401);
  }
  await next();
});

api.route("/v1/captions", captions);

export default api;
