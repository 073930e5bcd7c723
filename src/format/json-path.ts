/** Paths written the way a reader searches a JSON file for them: `sections[2].content[0].list[1]`. */
export type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path;
}
