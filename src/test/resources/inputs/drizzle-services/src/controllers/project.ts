import { ProjectService } from "../services/project";

export async function showProject(request: Request, env: Env): Promise<Response> {
  const id = new URL(request.url).pathname.split("/").pop() ?? "";
  const service = new ProjectService(env);
  const result = await service.show(id);
  await service.recordVisit(id, request.headers.get("cf-connecting-ip") ?? "anonymous");
  return Response.json(result);
}

export async function login(request: Request, env: Env): Promise<Response> {
  const { email } = await request.json<{ email: string }>();
  await new ProjectService(env).audit(email, false);
  return new Response(null, { status: 401 });
}

export async function saveProfile(request: Request, env: Env): Promise<Response> {
  const { userId, bio } = await request.json<{ userId: string; bio: string }>();
  await new ProjectService(env).saveProfile(userId, bio);
  return new Response(null, { status: 204 });
}
