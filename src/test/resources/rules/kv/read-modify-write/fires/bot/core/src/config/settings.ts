// One settings object for the isolate, filled from env at the start of every request.
class Settings {
  DEDUPE = true;
  STORE: KVNamespace = null as any;

  constructor() {
    this.load = this.load.bind(this);
  }

  load(source: any) {
    this.STORE = source.STORE;
    this.DEDUPE = source.DEDUPE !== "false";
  }
}

export const SETTINGS = new Settings();
