export const QUERIES = {
  BASE: `SELECT customers.*, orders.total FROM customers LEFT JOIN orders ON customers.id = orders.customer_id`,
  BY_EMAIL: `WHERE customers.email = ?`,
};
export class CustomerService {
  private DB: D1Database;
  constructor(DB: D1Database) {
    this.DB = DB;
  }
  async byEmail(email: string) {
    const query = `${QUERIES.BASE} ${QUERIES.BY_EMAIL}`;
    return this.DB.prepare(query).bind(email).all();
  }
}
