import { listUsers } from "~/utils";

// An admin-only search: the ability lets administrators in, nobody else.
export default defineEventHandler(async (event) => {
  await authorize(event, listUsers);
  const query = getQuery(event);
  const users = await useDrizzle().select().from(tables.users).where(like(tables.users.login, `%${query.q}%`)).limit(Number(query.limit ?? 50));  // quiet: an admin's search (leading wildcard, request-chosen page size) on an admin-only route
  const [{ n }] = await useDrizzle().select({ n: count() }).from(tables.users);  // quiet: an admin-only total
  return { users, n };
});
