export class SiteUnzipper {
  static log(path: string) {
    console.log("served", path);
  }
}
