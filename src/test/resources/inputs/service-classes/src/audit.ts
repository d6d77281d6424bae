import { bump } from "./counters";

// Called with an explicit `this` (fn.call / fn.apply): the arguments after it are the parameters.
export function recordAudit(store: KVNamespace, hostname: string) {
  return store.put(`audit:${hostname}`, "seen");
}

export function recordLookup(store: KVNamespace, hostname: string) {
  return store.get(`lookup:${hostname}`);
}

export function countAudit(env: Env, hostname: string) {
  return bump(env.AUDIT, `audit-count:${hostname}`);
}
