type Env = { BUCKET: R2Bucket };
export type Page = { slug: string; html: string };
type Session = { user: string; role: string };

// one page published: an editor's save publishes one; an administrator's rebuild republishes every page with it
export async function publishPage(env: Env, page: Page) {
  // quiet: the only loop that calls it is the administrator's branch of rebuild
  await env.BUCKET.put(`pages/${page.slug}.html`, page.html, { httpMetadata: { contentType: "text/html" } });
}

export async function rebuild(env: Env, session: Session, pages: Page[]) {
  if (session.role === "admin") {
    for (const page of pages) {
      await publishPage(env, page);
    }
    return pages.length;
  }
  return 0;
}
