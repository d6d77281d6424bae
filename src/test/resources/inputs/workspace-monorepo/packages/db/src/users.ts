export async function touchUser(kv: KVNamespace, id: string) {
  await kv.put(`seen:${id}`, String(Date.now()), { expirationTtl: 86400 });
}
