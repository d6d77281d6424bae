export async function loadUser(env: { DB: D1Database }, id: string) {
  // expect: d1/query-in-loop
  return env.DB.prepare("SELECT * FROM users WHERE id = ?").bind(id).first();
}
