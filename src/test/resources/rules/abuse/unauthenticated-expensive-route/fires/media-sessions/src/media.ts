export interface Env {
  MEDIA_BASE: string;
  MEDIA_TOKEN: string;
}

export function mediaHeaders(env: Env): Record<string, string> {
  return { Authorization: `Bearer ${env.MEDIA_TOKEN}`, "content-type": "application/json" };
}

// a small API client: the credential sits in headers a getter builds
export class MediaClient {
  constructor(private readonly env: Env) {}

  private get headers(): Record<string, string> {
    return mediaHeaders(this.env);
  }

  async openSession(): Promise<string> {
    const res = await fetch(`${this.env.MEDIA_BASE}/sessions/new`, {
      method: "POST",
      headers: this.headers,
      signal: AbortSignal.timeout(5000),
    });
    return ((await res.json()) as { id: string }).id;
  }
}
