import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/knowledge/buildKnowledge.ts';
import { normaliseRole } from '../../src/knowledge/normaliseRole.ts';

const role = (r: string) => normaliseRole(r, defaultGazetteer());

describe('a role as office, rank and posting', () => {
  it('never confuses a deputy with the office holder', () => {
    expect(role('Permanent Deputy Minister of Foreign Affairs')).toEqual({ office: 'foreign minister', rank: 'deputy' });
    expect(role('Minister for Foreign Affairs')).toEqual({ office: 'foreign minister', rank: 'head' });
    expect(role('Vice President of the State')).toEqual({ office: 'president', rank: 'deputy' });
    expect(role('Deputy Prime Minister and Minister of Foreign Affairs')).toEqual({ office: 'foreign minister', rank: 'head' });
  });

  it("reads an ambassador's posting, and leaves a title it does not know as written", () => {
    expect(role('Vietnamese Ambassador to Chile and Bolivia')).toEqual({ office: 'ambassador', rank: 'head', to: 'CL' });
    expect(role('Peruvian Ambassador')).toEqual({ office: 'ambassador', rank: 'head' });
    expect(role('State Secretary for European Affairs')).toEqual({ office: 'state secretary', rank: 'head' });
    expect(role('Chairwoman of the Friendship Group')).toEqual({});
  });
});
