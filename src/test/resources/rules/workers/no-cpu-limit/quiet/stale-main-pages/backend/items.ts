export async function listItems(): Promise<string[]> {
  return [];
}
