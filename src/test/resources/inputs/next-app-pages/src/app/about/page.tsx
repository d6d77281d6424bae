import { getDb } from "@/lib/db";

// a static page: rendered at build time, not per request (no entry point)
export default async function About() {
  const count = await getDb().user.count();
  return <p>{count} users</p>;
}
