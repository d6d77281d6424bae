type Env = { DB: D1Database };
type Account = { id: string; plan: string };

// the account is loaded here whenever the caller did not hand one over
export async function refreshSession(env: Env, sessionId: string, accountId: string, account?: Account) {
  // expect: d1/query-in-loop
  const owner = account ?? (await env.DB.prepare("SELECT id, plan FROM accounts WHERE id = ?").bind(accountId).first<Account>());
  // expect: d1/query-in-loop
  await env.DB.prepare("UPDATE sessions SET plan = ? WHERE id = ?").bind(owner?.plan ?? "free", sessionId).run();
}

// a caller that refreshes every session of an account without loading the account first: the fallback runs per session
export async function refreshAll(env: Env, accountId: string, sessionIds: string[]) {
  for (const sessionId of sessionIds) {
    await refreshSession(env, sessionId, accountId);
  }
}

// the account passed on from this function's own optional parameter may still be missing
export async function refreshEach(env: Env, accountId: string, sessionIds: string[], account?: Account) {
  for (const sessionId of sessionIds) {
    await refreshSession(env, sessionId, accountId, account);
  }
}
