export async function loadUser(env: { DB: D1Database }, id: string) {
  // expect: d1/query-in-loop
  return env.DB.prepare("SELECT * FROM users WHERE id = ?").bind(id).first();
}

// a named function passed to map runs once per element
export async function loadTeams(env: { DB: D1Database }, ids: string[]) {
  return Promise.all(ids.map(loadTeam.bind(null, env)));
}

export async function loadAll(env: { DB: D1Database }, ids: string[]) {
  const load = (id: string) => {
    // expect: d1/query-in-loop
    return env.DB.prepare("SELECT * FROM teams WHERE id = ?").bind(id).first();
  };
  return Promise.all(ids.map(load));
}

async function loadTeam(env: { DB: D1Database }, id: string) {
  return { env, id };
}
