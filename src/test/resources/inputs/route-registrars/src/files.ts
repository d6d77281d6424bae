import { DurableObject } from "cloudflare:workers";

export class Files extends DurableObject {
  async list(dir: string): Promise<string[]> {
    return [dir];
  }
  async stat(path: string): Promise<{ path: string }> {
    return { path };
  }
}
