import { describe, expect, it } from 'vitest';
import { clip, clipWords } from '../../src/adapters/clip.ts';

describe('clip and clipWords', () => {
  const text = 'Việt Nam and Norway agreed to expand cooperation in green transition';
  it('leave a short text whole', () => {
    expect(clip(text, 100)).toBe(text);
    expect(clipWords(text, 100)).toBe(text);
  });
  it('stay within the limit, ellipsis included; clipWords cuts between words', () => {
    expect(clip(text, 20)).toBe('Việt Nam and Norway…');
    expect(clip(text, 20)).toHaveLength(20);
    expect(clipWords(text, 24)).toBe('Việt Nam and Norway…');
    expect(clipWords(text, 24).length).toBeLessThanOrEqual(24);
    // One long word is cut inside it rather than lost.
    expect(clipWords('Supercalifragilistic', 10)).toBe('Supercali…');
  });
});
