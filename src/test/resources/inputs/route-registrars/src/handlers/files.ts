import { withRetry } from "../retry";

// The retry helper gets a different callback at each call: only the stat in the loop runs per item.
export async function statAll(request: Request, env: Env, user: string): Promise<Response> {
  const getStub = () => env.FILES.get(env.FILES.idFromName(user));
  const paths: string[] = await withRetry(getStub, (stub) => stub.list(new URL(request.url).searchParams.get("dir") ?? "/"));
  const stats = await Promise.all(paths.map((path) => withRetry(getStub, (stub) => stub.stat(path))));
  return Response.json(stats);
}
