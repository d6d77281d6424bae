import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import * as schema from "./schema";

// A service object over Drizzle; each read is raced against a timeout, and each is still one round trip after the other.
export class BoardService {
  private readonly database;

  constructor(env: { DB: D1Database }) {
    this.database = drizzle(env.DB, { schema });
  }

  private withTimeout<T>(query: PromiseLike<T>, label: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label} took too long`)), 2000);
    });
    return Promise.race([query, late]).finally(() => clearTimeout(timer));
  }

  async profile(ownerId: string) {
    // expect: workers/sequential-d1-without-placement contains: awaits 3 D1 queries one after another
    const boards = await this.withTimeout(this.database.select().from(schema.boards).where(eq(schema.boards.ownerId, ownerId)).limit(20), "boards");
    const pins = await this.withTimeout(this.database.select().from(schema.pins).where(eq(schema.pins.boardId, ownerId)).limit(50), "pins")
      .catch(() => []);
    const follows = await this.withTimeout(this.database.select().from(schema.follows).where(eq(schema.follows.ownerId, ownerId)).limit(20), "follows");
    return { boards, pins, follows };
  }
}
