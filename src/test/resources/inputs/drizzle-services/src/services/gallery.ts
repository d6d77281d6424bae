import { count, desc, eq, isNull, or, sql } from "drizzle-orm";
import * as schema from "../db/schema";
import { BaseService } from "./base";

export class GalleryService extends BaseService {
  async list(search: string | undefined, sort: string, limit: number) {
    const where = this.combine(this.publicFilters(search));
    const rows = await this.ranked(where, sort, limit);
    const [{ total }] = await this.db.select({ total: count() }).from(schema.projects).where(where);
    return { rows, total };
  }

  private publicFilters(search?: string) {
    const filters = [or(eq(schema.projects.visibility, "public"), isNull(schema.projects.ownerId))];
    if (search) {
      const term = `%${search.toLowerCase()}%`;
      filters.push(sql`lower(${schema.projects.name}) LIKE ${term}`);
    }
    return filters;
  }

  private ranked(where: ReturnType<GalleryService["combine"]>, sort: string, limit: number) {
    const likeCount = sql<number>`(SELECT COUNT(*) FROM ${schema.likes} WHERE ${schema.likes.projectId} = ${schema.projects.id})`;
    const order = sort === "popular" ? sql`${likeCount} DESC` : desc(schema.projects.updatedAt);
    return this.db
      .select({ project: schema.projects, ...this.counters() })
      .from(schema.projects)
      .where(where)
      .orderBy(order)
      .limit(limit);
  }

  private counters() {
    return {
      visitors: sql<number>`(SELECT COUNT(DISTINCT ${schema.visits.visitorKey}) FROM ${schema.visits} WHERE ${schema.visits.projectId} = ${schema.projects.id})`,
    };
  }
}
