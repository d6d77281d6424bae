import * as utils from "./utils";
import "./broken";
import Default, { named as renamed } from "./utils";
import type { Foo } from "./types";
export * from "./utils";
export { helper } from "./utils";
enum Color { Red = "r", Blue = "b" }
namespace NS { export const x = 1; }
declare global { interface Env { KV: KVNamespace } }
@decorator
class Decorated { #secret = 1; get value() { return this.#secret; } set value(v) { this.#secret = v; } static { } }
function decorator(t: any) { return t; }
const top = await Promise.resolve(1);
label: for (const x of [1, 2]) { if (x) continue label; }
export class Room extends DurableObject<Env> {
  #count = 0;
  async fetch(req: Request) { return new Response(String(++this.#count)); }
  async *gen() { yield 1; }
}
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const v1 = await env.KV?.get("a");
    const v2 = await env["KV"].get(`b:${request.url}`);
    const args = ["c"] as const;
    const v3 = await env.KV.get(...args);
    const stmt = env.DB.prepare("SELECT 1");
    const r = await (stmt as D1PreparedStatement).first();
    const { DB: database, ...rest } = env;
    await database.prepare("SELECT 2").all();
    const fn = async function named() { return env.KV.list(); };
    await fn();
    new Decorated();
    utils.helper(env);
    renamed(env);
    Default(env);
    const x = Color.Red;
    return new Response(JSON.stringify({ v1, v2, v3, r, x, top, rest: Object.keys(rest) }));
  },
} satisfies ExportedHandler<Env>;
