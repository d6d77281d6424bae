import { drizzle } from "drizzle-orm/d1";
export { eq } from "drizzle-orm";
export { teams } from "./schema";

export function getDb(env: { DB: D1Database }) {
  return drizzle(env.DB);
}
