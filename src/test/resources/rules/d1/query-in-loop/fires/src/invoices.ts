/** Invoices' rows, read through the class's static methods. */
export class Invoices {
  static async total(env: Env, id: string) {
    // expect: d1/query-in-loop
    return env.DB.prepare("SELECT total FROM invoices WHERE id = ?").bind(id).first<{ total: number }>();
  }
}
