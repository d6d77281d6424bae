import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";
import api from "./api";

const app = new Hono();

// a sub-app that only holds middleware, mounted at /api beside the routes: its "/posts/*" means /api/posts/*
const guard = new Hono();
guard.use("/posts/*", async (c, next) => basicAuth({ username: c.env.EDITOR, password: c.env.EDITOR_PASSWORD })(c, next));

app.route("/api", guard);
app.route("/api", api);

export default app;
