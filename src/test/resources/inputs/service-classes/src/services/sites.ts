import { StoreService } from "./base";

// A service class: `this.db` is the base class's getter, `this.env` its field.
export class SiteService extends StoreService {
  async byHostname(hostname: string) {
    return this.db.prepare("SELECT id, owner_id, plan FROM sites WHERE hostname = ?").bind(hostname).first();
  }

  // a method returning a bound statement, run by another class
  ownedBy(ownerId: string) {
    return this.db.prepare("SELECT id, hostname FROM sites WHERE owner_id = ? LIMIT 20").bind(ownerId);
  }

  async countVisit(hostname: string) {
    return this.env.VISITS.put(`visits:${hostname}`, Date.now().toString());
  }
}
