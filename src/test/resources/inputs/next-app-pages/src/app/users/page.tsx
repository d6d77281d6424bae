import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export default async function Users() {
  const users = await getDb().user.findMany({ where: { active: true }, orderBy: { createdAt: "desc" }, take: 50 });
  return <ul>{users.map((u) => <li key={u.id}>{u.name}</li>)}</ul>;
}
