// set once per request by the handler, read by every helper below
let database: D1Database | null = null;

export function useDatabase(env: { DB: D1Database }) {
  database = env.DB;
}

// a service object whose methods use the module's database
export const tickets = {
  prepare(sql: string) {
    if (!database) throw new Error("call useDatabase first");
    return database.prepare(sql);
  },
  async open() {
    return tickets.prepare("SELECT id, title FROM tickets WHERE state = 'open' LIMIT 50").all();
  },
};
