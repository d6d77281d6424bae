type Env = { DB: D1Database };
export type Entry = { id: string; author: string; body: string };

// saved once per item by the operator's import and by the public draft sync: the public loop is N+1 on a request
export async function saveEntry(env: Env, entry: Entry) {
  // expect: d1/query-in-loop
  await env.DB.prepare("INSERT INTO entries (id, author, body) VALUES (?, ?, ?)").bind(entry.id, entry.author, entry.body).run();
}

async function isAdmin(token: string | undefined): Promise<boolean> {
  return token !== undefined && token === (globalThis as { ADMIN_TOKEN?: string }).ADMIN_TOKEN;
}

// an operator's loop, found first: it must not hide the public loop below
export async function importEntries(env: Env, token: string | undefined, rows: Entry[]) {
  if (!(await isAdmin(token))) {
    return 0;
  }
  for (const row of rows) {
    await saveEntry(env, row);
  }
  return rows.length;
}

// any visitor's offline drafts, saved one by one
export async function syncDrafts(env: Env, rows: Entry[]) {
  for (const row of rows) {
    await saveEntry(env, row);
  }
}
