export async function withRetry<S, T>(getStub: () => S, call: (stub: S) => Promise<T>): Promise<T> {
  try {
    return await call(getStub());
  } catch {
    return await call(getStub());
  }
}
