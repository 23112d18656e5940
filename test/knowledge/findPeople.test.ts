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

  it('does not take the place that names a local body ("the Lạc Sơn People\'s Committee") for a person', () => {
    expect(names("Chairman of the Lạc Sơn People's Committee Dang Quoc Hung received the Lao Consul General Khamla Vongsa.")).toEqual([
      'Dang Quoc Hung',
      'Khamla Vongsa',
    ]);
    expect(names('Secretary of the Hải Dương Party Committee Le Thi Nga hosted the delegation.')).toEqual(['Le Thi Nga']);
  });

  it('does not take a landmark named after someone for a person, and reads a title that ends in a service', () => {
    expect(names('Kenyan President Mary Otieno laid a wreath at the President Ho Chi Minh Mausoleum in Hà Nội.')).toEqual(['Mary Otieno']);
    expect(names('Deputy Secretary General of the European External Action Service Anna Lindqvist spoke first.')).toEqual([
      'Anna Lindqvist',
    ]);
  });

  it('reads a region named in a title as part of the title ("Governor of Primorsky Krai X")', () => {
    const [p] = findPeople('Rear Admiral Ho Van Minh called on Governor of Primorsky Krai Ivan Petrov on Sunday.', gazetteer).slice(1);
    expect(p).toMatchObject({ name: 'Ivan Petrov', role: 'Governor of Primorsky Krai' });
  });

  it('reads "Consul General in Houston" before a Vietnamese name as the title and its post', () => {
    const [p] = findPeople('Vietnamese Consul General in Houston Tran Van Phap met the Governor of Texas.', gazetteer);
    expect(p).toMatchObject({ name: 'Tran Van Phap', role: 'Vietnamese Consul General in Houston', country: 'VN' });
  });

  it('reads a title that names a friendship body between two countries, written with an en dash', () => {
    expect(
      names('Prime Minister Vo Thanh Long received Chairman of the Chile–Việt Nam Friendship Parliamentary League Rosa Quispe in Hà Nội.'),
    ).toEqual(['Vo Thanh Long', 'Rosa Quispe']);
  });

  it('reads "Comrade" and "H.E." as forms of address, the office after the comma, and a city after "in" as no one', () => {
    const found = findPeople(
      'On 15 March in Ha Noi, Comrade Tran Van Binh, Politburo member and head of the Central Commission for External Relations, received H.E. Maria Fuentes, member of the Political Committee and head of the International Department of the Socialist Party of Chile.',
      gazetteer,
    );
    expect(found.map((p) => p.name)).toEqual(['Tran Van Binh', 'Maria Fuentes']);
    expect(found[0]!.role).toBe('Politburo member and head of the Central Commission for External Relations');
    expect(found[1]!.country).toBe('CL');
  });
});
