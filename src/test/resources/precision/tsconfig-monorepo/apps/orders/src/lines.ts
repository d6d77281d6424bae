// An older copy beside the app: the "@/*" alias the base declares points at app/, so this file is not deployed.
export async function loadLines(db: D1Database, orderId: string) {
  const { results } = await db.prepare("SELECT sku, qty FROM order_lines WHERE order_id = ?").bind(orderId).all<{ sku: string; qty: number }>();
  const out = [];
  for (const line of results) {
    // quiet: not reached: "@/lines" resolves to app/lines.ts through the extended base config
    const stock = await db.prepare("SELECT count FROM stock WHERE sku = ?").bind(line.sku).first<number>();
    out.push({ ...line, stock });
  }
  return out;
}
