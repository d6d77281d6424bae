// The expected header is built from two secrets; before they are put it is Basic base64("undefined:undefined")
export function davAuthorised(header: string, user: string, password: string): boolean {
  // expect: secrets/auth-fails-open contains: `DAV_PASSWORD`
  const wanted = new TextEncoder().encode("Basic " + btoa(`${user}:${password}`));
  const given = new TextEncoder().encode(header);
  return given.byteLength === wanted.byteLength && crypto.subtle.timingSafeEqual(given, wanted);
}
