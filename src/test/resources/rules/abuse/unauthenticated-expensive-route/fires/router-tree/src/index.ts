import { Hono } from "hono";
import api from "./api";

// the root app only mounts the API tree
const app = new Hono<{ Bindings: Env }>();
app.route("/api", api);

export default app;
