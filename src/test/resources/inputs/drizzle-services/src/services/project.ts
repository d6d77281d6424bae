import { eq, sql } from "drizzle-orm";
import * as schema from "../db/schema";
import { BaseService } from "./base";

export class ProjectService extends BaseService {
  async show(id: string) {
    const project = await this.db.select().from(schema.projects).where(eq(schema.projects.id, id)).get();
    const visitors = await this.db.select({ n: sql<number>`count(distinct ${schema.visits.visitorKey})` })
      .from(schema.visits).where(eq(schema.visits.projectId, id)).get();
    return { project, visitors };
  }

  async recordVisit(projectId: string, visitorKey: string) {
    await this.db.insert(schema.visits)
      .values({ id: crypto.randomUUID(), projectId, visitorKey, visitedAt: Date.now() })
      .onConflictDoNothing({ target: [schema.visits.projectId, schema.visits.visitorKey] });
  }

  async audit(email: string, ok: boolean) {
    const entry: typeof schema.loginAudit.$inferInsert = { email, ok: ok ? 1 : 0 };
    await this.db.insert(schema.loginAudit).values(entry);
  }

  async saveProfile(userId: string, bio: string) {
    await this.db.insert(schema.profiles).values({ userId, bio })
      .onConflictDoUpdate({ target: schema.profiles.userId, set: { bio } });
  }

  async rename(id: string, changes: { name?: string; summary?: string }) {
    await this.db.update(schema.projects).set({ ...changes, updatedAt: Date.now() }).where(eq(schema.projects.id, id));
  }

  async deleteProject(id: string) {
    await this.db.delete(schema.visits).where(eq(schema.visits.projectId, id));
    await this.db.delete(schema.projects).where(eq(schema.projects.id, id));
  }
}
