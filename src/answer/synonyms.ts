import { termKey } from './nlp.ts';

/**
 * Words diplomatic news uses for the same thing: a question's "host" is answered by "received" or "reception",
 * its "envoy" by "ambassador". Each group is a set of plain words; matching goes through their lemma keys.
 */
const GROUPS: string[][] = [
  ['host', 'receive', 'reception', 'welcome', 'greet'],
  ['talk', 'discuss', 'discussion', 'meet', 'meeting', 'hold', 'exchange'],
  ['visit', 'trip', 'tour', 'travel', 'come', 'go'],
  ['tie', 'relation', 'relationship'],
  ['agreement', 'deal', 'accord', 'treaty', 'pact'],
  ['envoy', 'ambassador', 'diplomat'],
  ['minister', 'fm'],
  ['cooperate', 'cooperation', 'collaborate', 'collaboration', 'work', 'partner'],
  ['area', 'field', 'sector', 'domain'],
  ['sign', 'ink', 'conclude'],
  ['call', 'phone', 'telephone'],
  ['upgrade', 'elevate', 'raise'],
  ['consultation', 'dialogue'],
  ['trade', 'commerce'],
  ['purpose', 'aim', 'goal', 'objective'],
  ['propose', 'suggest', 'recommend'],
  ['start', 'begin', 'launch', 'open'],
  ['mp', 'parliamentarian', 'lawmaker', 'legislator', 'deputy'],
  ['support', 'back', 'endorse'],
  ['bid', 'candidacy', 'candidature'],
  ['stance', 'position', 'viewpoint'],
  ['expedite', 'speed', 'accelerate', 'hasten'],
  ['keen', 'eager', 'interest', 'desire'],
  ['visitor', 'tourist', 'arrival'],
  ['flight', 'route'],
];

// Numbers as words and as digits: "ten months" is "10 months", "fourth forum" is "4th forum".
const CARDINALS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
for (let n = 2; n <= 20; n++) {
  GROUPS.push([CARDINALS[n - 1]!, String(n)]);
  GROUPS.push([ORDINALS[n - 1]!, `${n}${suffix(n)}`]);
}

let byKey: Map<string, string[]> | undefined;

/** The matching keys that stand for a key: itself and its synonyms'. */
export function synonymKeys(key: string): string[] {
  if (!byKey) {
    byKey = new Map();
    for (const group of GROUPS) {
      const keys = [...new Set(group.map(termKey))];
      for (const k of keys) byKey.set(k, [...new Set([...(byKey.get(k) ?? []), ...keys])]);
    }
  }
  return byKey.get(key) ?? [key];
}
