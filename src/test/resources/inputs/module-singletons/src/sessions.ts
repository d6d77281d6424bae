let sessions: KVNamespace | undefined;

// built on first use, kept for the isolate's lifetime
export function sessionStore(env: { SESSIONS: KVNamespace }) {
  if (!sessions) sessions = env.SESSIONS;
  return sessions;
}

export function archived(env: { ARCHIVE: KVNamespace }, id: string) {
  // a local of the same name: not the module's store
  let sessions;
  sessions = env.ARCHIVE;
  return sessions.get(`archived:${id}`);
}
