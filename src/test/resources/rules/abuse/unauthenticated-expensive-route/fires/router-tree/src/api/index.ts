import { Hono } from "hono";
import captions from "./captions";
import settings from "./settings";

const api = new Hono<{ Bindings: Env }>();

// the key check covers the settings tree only: /api/admin/*
api.use("/admin/*", async (c, next) => {
  if (c.req.header("x-api-key") !== c.env.ADMIN_KEY) {
    return c.json({ error: "unauthorized" }, 401);
  }
  await next();
});

api.route("/admin/settings", settings);
api.route("/v1/captions", captions);

export default api;
