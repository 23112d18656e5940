import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/knowledge/buildKnowledge.ts';

describe('the gazetteer', () => {
  const g = defaultGazetteer();

  it('gives every country and organisation its own code', () => {
    const codes = g.places.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(g.get('AU')?.name).toBe('Australia');
    expect(g.resolve('African Union')).not.toBe('AU');
  });

  it('resolves names, demonyms, Vietnamese names and press forms', () => {
    expect(g.resolve('Norwegian')).toBe('NO');
    expect(g.resolve('Na Uy')).toBe('NO');
    expect(g.resolve('RoK')).toBe('KR');
    expect(g.resolve('Eurasian Economic Union')).toBe('EAEU');
    expect(g.find('Australian officials met EU and ASEAN envoys').map((m) => m.code)).toEqual(['AU', 'EU', 'ASEAN']);
  });

  it('resolves a Vietnamese name without diacritics but does not read it in English text, where it is a given name', () => {
    expect(g.resolve('Nga')).toBe('RU');
    expect(g.find('Deputy Minister Nguyen Thi Nga met the Polish envoy.').map((m) => m.code)).toEqual(['PL']);
  });

  it('reads the adjectives the press uses for some countries', () => {
    expect(g.find('Philippine, Kazakh and Uzbek officials met their Nepali counterparts.').map((m) => m.code)).toEqual([
      'PH',
      'KZ',
      'UZ',
      'NP',
    ]);
  });

  it('does not read pronouns or common words as places', () => {
    expect(g.find('Let us meet in the morning; no one objected.')).toEqual([]);
  });

  it('gives each caller its own answer, however often a text is searched', () => {
    const g = defaultGazetteer();
    const first = g.find('Talks with Chile and Peru');
    first[0]!.code = 'XX';
    first.pop();
    expect(g.find('Talks with Chile and Peru').map((m) => m.code)).toEqual(['CL', 'PE']);
  });
});
