// A purge route that tells every mirror in a list another module exports: twelve subrequests per call.
import { MIRRORS } from "./mirrors";

export default {
  async fetch(request: Request): Promise<Response> {
    const { path } = await request.json<{ path: string }>();
    for (const mirror of MIRRORS) {
      // expect: workers/subrequests-in-loop
      await fetch(`${mirror}/purge?path=${encodeURIComponent(path)}`, { method: "POST", signal: AbortSignal.timeout(5_000) });
    }
    return new Response(null, { status: 204 });
  },
};
