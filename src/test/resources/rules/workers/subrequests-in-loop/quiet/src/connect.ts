// The "connect your provider account" step: after the OAuth exchange the Worker lists the accounts the provider has for
// this user's token and makes sure each has a gateway. A person has a handful of accounts, so this is a few calls.
export class ConnectService {
  static async provision(token: string) {
    const accounts = await ConnectService.listAccounts(token);
    for (const account of accounts) {
      // quiet: one call per account of the one user connecting
      await fetch(`https://api.example.com/v1/accounts/${account.id}/gateways`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(5000),
      });
    }
    return accounts.length;
  }

  private static async listAccounts(token: string): Promise<{ id: string }[]> {
    const res = await fetch("https://api.example.com/v1/accounts", {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
    return ((await res.json()) as { result: { id: string }[] }).result;
  }
}
