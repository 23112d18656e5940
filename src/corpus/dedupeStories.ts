import type { SkippedFile } from './types.ts';

/**
 * One file per story. Files are taken in the order given, so the caller decides who keeps a story (the file it
 * first came in); each later file with the same content hash is a copy, skipped with the name of the file it copies.
 * `seen` holds stories already known (hash → file), and learns the ones kept.
 */
export function dedupeStories<T>(
  items: T[],
  hashOf: (item: T) => string,
  fileOf: (item: T) => string,
  seen = new Map<string, string>(),
): { kept: T[]; copies: SkippedFile[] } {
  const kept: T[] = [];
  const copies: SkippedFile[] = [];
  for (const item of items) {
    const twin = seen.get(hashOf(item));
    if (twin !== undefined) {
      copies.push({ file: fileOf(item), reason: `same story as ${twin}` });
      continue;
    }
    seen.set(hashOf(item), fileOf(item));
    kept.push(item);
  }
  return { kept, copies };
}
