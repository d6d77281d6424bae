/** Background jobs' rows, read and written through the class's static methods. */
export class JobRecords {
  static async status(env: Env, id: string) {
    // quiet: the consumer loads the row of each message it handles; the route that also loads it does so once, outside any loop
    return env.DB.prepare("SELECT status FROM jobs WHERE id = ?").bind(id).first<{ status: string }>();
  }
}
