import { drizzle } from "drizzle-orm/d1";
import { and, type SQL } from "drizzle-orm";
import * as schema from "../db/schema";

export class BaseService {
  protected db;
  constructor(env: Env) {
    this.db = drizzle(env.DB, { schema });
  }

  // Combines the filters that are set: none, one, or all of them with AND.
  protected combine(conditions: (SQL | undefined)[]): SQL | undefined {
    const set = conditions.filter((c): c is SQL => c !== undefined);
    if (set.length === 0) return undefined;
    if (set.length === 1) return set[0];
    return and(...set);
  }
}
