import { OpenAPIRoute } from "chanfana";

// chanfana route classes: the router calls handle() for each request
export class TaskList extends OpenAPIRoute {
  async handle(c) {
    const ids = (c.req.query("ids") ?? "").split(",");
    const out = [];
    for (const id of ids) {
      // expect: d1/query-in-loop
      out.push(await c.env.DB.prepare("SELECT * FROM tasks WHERE id = ?").bind(id).first());
    }
    return out;
  }
}
