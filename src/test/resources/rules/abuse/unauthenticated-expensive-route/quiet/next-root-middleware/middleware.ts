import { NextResponse } from "next/server";

// The app's middleware at the project root (no src/ folder): API calls without a session get a 401.
export default function gate(request: Request) {
  const url = new URL(request.url);
  const signedIn = request.headers.get("cookie")?.includes("sid=");
  if (url.pathname.startsWith("/api/") && !signedIn) {
    return new Response("sign in first", { status: 401 });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|favicon.ico).*)"] };
