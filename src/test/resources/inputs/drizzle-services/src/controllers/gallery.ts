import { GalleryService } from "../services/gallery";

export async function listGallery(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const service = new GalleryService(env);
  return Response.json(await service.list(url.searchParams.get("q") ?? undefined, url.searchParams.get("sort") ?? "recent", 20));
}
