type Env = { DB: D1Database };
export type Entry = { id: string; author: string; body: string };

// one entry saved: the public form saves one per request; the operator's import (below) saves one per imported row
export async function saveEntry(env: Env, entry: Entry) {
  // quiet: the only loop that calls it runs behind the admin check
  await env.DB.prepare("INSERT INTO entries (id, author, body) VALUES (?, ?, ?)").bind(entry.id, entry.author, entry.body).run();
}

export async function isAdmin(token: string | undefined): Promise<boolean> {
  return token !== undefined && token === (globalThis as { ADMIN_TOKEN?: string }).ADMIN_TOKEN;
}

// the operator's bulk import: refused to everyone else before the loop
export async function importEntries(env: Env, token: string | undefined, rows: Entry[]) {
  if (!(await isAdmin(token))) {
    return 0;
  }
  for (const row of rows) {
    await saveEntry(env, row);
  }
  return rows.length;
}
