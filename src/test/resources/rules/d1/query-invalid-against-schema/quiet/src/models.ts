// an active-record style base: each model class names its table in a static field the base's static methods read
class Model {
  static table = "";

  static async byId(db: D1Database, id: string) {
    // quiet: `this` is the model the call goes through (Customer, Order), so the table is that subclass's, not the base's ""
    return db.prepare(`SELECT * FROM ${this.table} WHERE id = ?`).bind(id).first();
  }
}

export class Customer extends Model {
  static table = "customers";
}

export class Order extends Model {
  static table = "orders";
}
