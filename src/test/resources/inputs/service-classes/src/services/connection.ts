// Wraps the D1 binding; the services reach it through a getter of their base class.
export class Connection {
  readonly database: D1Database;

  constructor(env: Env) {
    this.database = env.DB;
  }
}

export function openConnection(env: Env): Connection {
  return new Connection(env);
}
