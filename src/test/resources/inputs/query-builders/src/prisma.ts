import { PrismaClient } from "@prisma/client";
import { PrismaD1 } from "@prisma/adapter-d1";

export function prismaFor(env: { DB: D1Database }) {
  const adapter = new PrismaD1(env.DB);
  return new PrismaClient({ adapter });
}

export async function openOrders(env: { DB: D1Database }, take: number) {
  const prisma = prismaFor(env);
  const all = await prisma.orders.findMany();
  const open = await prisma.orders.findMany({ where: { status: "open", total: { gt: 100 } }, orderBy: { created_at: "desc" }, take });
  const one = await prisma.customers.findUnique({ where: { email: "a@b.c" }, select: { id: true } });
  const count = await prisma.orders.count({ where: { note: { contains: "gift" } } });
  return { all, open, one, count };
}
