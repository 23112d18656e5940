import { splitSentences } from '../src/text/sentences.ts';

/** A small deterministic PRNG so every bench run measures the same synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` passages of real news sentences recombined at random: realistic vocabulary at any scale. */
export function syntheticPassages(realPassages: string[], count: number, seed = 42): string[] {
  const sentences = realPassages.flatMap((p) => splitSentences(p).map((s) => s.text));
  const rand = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + Math.floor(rand() * 4);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(sentences[Math.floor(rand() * sentences.length)]!);
    out.push(parts.join(' '));
  }
  return out;
}
