import { Hono } from "hono";
import { bump, listAll } from "./handlers/counter";
import { cors } from "hono/cors";
const api = new Hono().basePath("/api");
api.use("*", cors());
api.post("/hits", bump);
api.get("/keys", listAll);
export default api;
