// The settings page of a signed-in user: the Cloudflare accounts they linked, each with its gateways. A person links a
// handful of accounts, so the per-account query runs a few times per page view, not once per row of a growing table.
type Env = { DB: D1Database };

export class SettingsController {
  static async accounts(env: Env, userId: string) {
    const { results: accounts } = await env.DB.prepare("SELECT id FROM linked_accounts WHERE user_id = ?")
      .bind(userId).all<{ id: string }>();
    return Promise.all(accounts.map(async (account) => ({
      account,
      // quiet: one query per account of this one user (a handful)
      gateways: (await env.DB.prepare("SELECT * FROM gateways WHERE account_id = ?").bind(account.id).all()).results,
    })));
  }

  /** The accounts a provider lists for the user's own token during connect, saved one by one. */
  static async connect(env: Env, userId: string, token: string) {
    const providerAccounts = await listProviderAccounts(token);
    for (let i = 0; i < providerAccounts.length; i++) {
      await AccountStore.save(env, userId, providerAccounts[i].id);
    }
  }

  // an instance method read through the class is undefined in JavaScript: a route given it runs nothing
  async archive(env: Env, ids: string[]) {
    for (const id of ids) {
      await env.DB.prepare("UPDATE reports SET archived = 1 WHERE id = ?").bind(id).run(); // quiet: never runs (not static)
    }
  }
}

class AccountStore {
  static async save(env: Env, userId: string, accountId: string) {
    // quiet: saved once per account the provider lists for this user
    await env.DB.prepare("INSERT OR IGNORE INTO linked_accounts (user_id, account_id) VALUES (?, ?)").bind(userId, accountId).run();
  }
}

async function listProviderAccounts(token: string): Promise<{ id: string }[]> {
  const res = await fetch("https://api.example.com/v1/accounts", { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) });
  return ((await res.json()) as { result: { id: string }[] }).result;
}
