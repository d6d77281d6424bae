import { Hono } from "hono";
import { registerRoutes } from "./routes";

const app = new Hono<{ Bindings: Env }>();
registerRoutes(app);
export default app;
