import { openConnection, Connection } from "./connection";

// Every service keeps its connection and env here; subclasses never set them.
export abstract class StoreService {
  protected connection: Connection;
  protected env: Env;

  constructor(env: Env) {
    this.connection = openConnection(env);
    this.env = env;
  }

  protected get db() {
    return this.connection.database;
  }
}
