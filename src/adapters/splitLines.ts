/**
 * Pack lines into chunks of at most `max` characters, breaking only between lines, so a citation at the end of
 * a line is never cut. A single line longer than `max` is broken between words.
 */
export function packLines(lines: string[], max: number, joiner = '\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  const pieces = lines.flatMap((l) => (l.length <= max ? [l] : breakWords(l, max)));
  for (const line of pieces) {
    const next = current ? `${current}${joiner}${line}` : line;
    if (next.length <= max) current = next;
    else {
      if (current) chunks.push(current);
      current = line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Break an over-long line between words; a citation "[12]" stays whole because it has no spaces. */
function breakWords(line: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  // A "word" longer than a chunk (a long URL) is cut into pieces; nothing is dropped.
  const words = line.split(' ').flatMap((w) => (w.length <= max ? [w] : (w.match(new RegExp(`.{1,${max}}`, 'gs')) ?? [])));
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= max) current = next;
    else {
      if (current) out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  return out;
}
