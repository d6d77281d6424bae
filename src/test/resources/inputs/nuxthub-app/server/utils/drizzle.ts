import { drizzle } from "drizzle-orm/d1";
import * as schema from "../db/schema";

export { and, count, eq, like, sql } from "drizzle-orm";

export const tables = schema;

export function useDrizzle() {
  return drizzle(hubDatabase(), { schema });
}
