export function helper(env: Env) { return env.KV.put("x", "y"); }
export const named = (e: Env) => e.DB.prepare("SELECT 3").run();
export default function (env: Env) { return env.KV.delete("z"); }
module.exports = { other: 1 };
