// Every store keeps the database handle it was built with.
export default class Store {
  protected db: D1Database;

  constructor(db: D1Database) {
    this.db = db;
  }
}
