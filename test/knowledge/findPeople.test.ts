import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/knowledge/buildKnowledge.ts';
import { findPeople } from '../../src/knowledge/findPeople.ts';

const gazetteer = defaultGazetteer();
const names = (sentence: string) => findPeople(sentence, gazetteer).map((p) => p.name);

// Sentences written for these tests.
describe('people named in a sentence', () => {
  it('finds officials with their titles, before or after the name', () => {
    expect(names('Deputy Foreign Minister Do Minh Khoa received Irish Ambassador Sean Walsh in Hanoi.')).toEqual([
      'Do Minh Khoa',
      'Sean Walsh',
    ]);
  });

  it('does not take a place after "in" or before "City" for a person', () => {
    expect(names('Prime Minister Vo Thanh Long attended the UN General Assembly in New York on Friday.')).toEqual(['Vo Thanh Long']);
    expect(names('President Nguyen Van An travelled to Ho Chi Minh City after the talks.')).toEqual(['Nguyen Van An']);
  });

  it('reads a title that names a friendship body between two countries, written with an en dash', () => {
    expect(
      names('Prime Minister Vo Thanh Long received Chairman of the Chile–Việt Nam Friendship Parliamentary League Rosa Quispe in Hà Nội.'),
    ).toEqual(['Vo Thanh Long', 'Rosa Quispe']);
  });
});
