type Env = { DB: D1Database; CACHE: KVNamespace };
type Account = { id: string; plan: string };

// the account is loaded here only when the caller did not hand one over
export async function refreshSession(env: Env, sessionId: string, accountId: string, account?: Account) {
  // quiet: the loop below always hands the account over, loaded once before it: this fallback never runs there
  const owner = account ?? (await env.DB.prepare("SELECT id, plan FROM accounts WHERE id = ?").bind(accountId).first<Account>());
  await env.CACHE.put(`session:${sessionId}`, JSON.stringify({ plan: owner?.plan ?? "free" }), { expirationTtl: 3600 });
}

export async function refreshAll(env: Env, accountId: string, sessionIds: string[]) {
  const account = await env.DB.prepare("SELECT id, plan FROM accounts WHERE id = ?").bind(accountId).first<Account>();
  if (!account) return;
  for (const sessionId of sessionIds) {
    await refreshSession(env, sessionId, accountId, account);
  }
}

// one session refreshed on its own (no account at hand): the fallback runs once for the request
export async function refreshOne(env: Env, sessionId: string, accountId: string) {
  await refreshSession(env, sessionId, accountId);
}
