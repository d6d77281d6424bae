import type { Deployer } from "./deployer";

interface Infrastructure {
  readonly deployer: Deployer;
}

/** The object's services, reached through the infrastructure the object hands its components. */
abstract class Component {
  constructor(protected readonly infrastructure: Infrastructure) {}

  protected get deployer(): Deployer {
    return this.infrastructure.deployer;
  }
}

abstract class BaseBehavior extends Component {
  constructor(infrastructure: Infrastructure, protected readonly mode: string) {
    super(infrastructure);
  }
}

/** No constructor of its own: new PreviewBehavior(...) runs BaseBehavior's. */
export class PreviewBehavior extends BaseBehavior {
  async publish(instance: string): Promise<void> {
    await this.deployer.deploy(instance);
  }
}
