import { SiteService } from "./sites";

export class DashboardService {
  private sites: SiteService;

  constructor(env: Env) {
    this.sites = new SiteService(env);
  }

  async listFor(ownerId: string) {
    return this.sites.ownedBy(ownerId).all();
  }
}
