import { Hono } from "hono";
import { summary } from "./summary";

// mounted on the /api app at /v1, with a router of its own mounted at /stats: GET /api/v1/stats
const stats = new Hono();
stats.get("/", (c) => c.json({ version: 1 }));
stats.post("/summary", summary);

const v1 = new Hono();
v1.route("/stats", stats);
export default v1;
