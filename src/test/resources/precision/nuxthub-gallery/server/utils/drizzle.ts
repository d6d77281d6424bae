import { drizzle } from "drizzle-orm/d1";
import * as schema from "../database/schema";

export { and, asc, count, desc, eq, like } from "drizzle-orm";

export const tables = schema;

export function useDrizzle() {
  return drizzle(hubDatabase(), { schema });
}
