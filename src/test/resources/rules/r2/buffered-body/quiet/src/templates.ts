// Starter templates kept as zip files in R2 and unpacked in memory by a small extractor class of the project.
export class TemplateArchive {
  static async files(env: Env, name: string): Promise<string[]> {
    const object = await env.BUCKET.get(`${name}.zip`);
    if (!object) return [];
    const zipData = await object.arrayBuffer(); // quiet: handed whole to the zip extractor below
    return ZipExtractor.listFiles(zipData);
  }
}

class ZipExtractor {
  static listFiles(data: ArrayBuffer): string[] {
    return data.byteLength > 0 ? ["index.html"] : [];
  }
}
