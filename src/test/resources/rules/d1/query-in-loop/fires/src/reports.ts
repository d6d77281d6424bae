// A controller and a service written as classes of static methods: the route is registered with the static method
// itself (app.get("/reports", ReportController.daily)) and the controller calls the service through its class.
type Ctx = { env: { DB: D1Database }; req: { queries(name: string): string[] | undefined }; json(v: unknown): Response };

export class ReportController {
  static async daily(c: Ctx) {
    const reports = [];
    for (const id of c.req.queries("id") ?? []) {
      reports.push(await ReportService.load(c.env.DB, id));
    }
    return c.json(reports);
  }
}

class ReportService {
  static async load(db: D1Database, id: string) {
    // expect: d1/query-in-loop
    return db.prepare("SELECT * FROM reports WHERE id = ?").bind(id).first();
  }
}

// a cron billing every account of the service: "accounts" here is all of them, not one person's handful
export async function billAccounts(env: { DB: D1Database }) {
  const { results: accounts } = await env.DB.prepare("SELECT id FROM accounts").all<{ id: string }>();
  for (const account of accounts) {
    // expect: d1/query-in-loop
    await env.DB.prepare("UPDATE accounts SET billed_at = ? WHERE id = ?").bind(Date.now(), account.id).run();
  }
}

// ids the client sends are as many as it likes, whatever they are ids of
export async function mergeAccounts(env: { DB: D1Database }, body: { accountIds: string[] }) {
  for (const id of body.accountIds) {
    // expect: d1/query-in-loop
    await env.DB.prepare("UPDATE accounts SET merged = 1 WHERE id = ?").bind(id).run();
  }
}
