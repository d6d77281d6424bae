export async function priceOf(db: D1Database, skus: string[]) {
  const prices: Record<string, number> = {};
  for (const sku of skus) {
    // expect: d1/query-in-loop
    const row = await db.prepare("SELECT cents FROM prices WHERE sku = ?").bind(sku).first<{ cents: number }>();
    prices[sku] = row?.cents ?? 0;
  }
  return prices;
}
