import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Country } from 'world-countries';
import { fold, tokens } from '../text/fold.ts';
import { ORGANISATIONS } from './organisations.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/vi.json'));
// The JSON itself: the package's CommonJS entry and its types disagree about the default export.
const worldCountries = require('world-countries/countries.json') as Country[];

/** A country or international organisation, with every name it goes by. */
export interface Place {
  code: string;
  name: string;
  kind: 'country' | 'organisation';
  /** Names, official names, other spellings, abbreviations, Vietnamese names. */
  aliases: string[];
  demonyms: string[];
  /** For blocs: member states. */
  members?: string[];
}

/** A place named in a text. */
export interface PlaceMention {
  code: string;
  index: number;
  end: number;
  surface: string;
  byDemonym: boolean;
}

// How the press writes some names that the data packages spell otherwise or keep only as codes.
const PRESS_FORMS: Record<string, string[]> = {
  US: ['US', 'U.S.', 'the States'],
  KR: ['RoK', 'ROK', 'Korea'],
  GB: ['Britain'],
  VN: ['Viet Nam', 'Việt Nam'],
  LA: ['Lao'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
};

// Adjectives the press uses that the data packages do not give ("Philippine President", "the Kazakh side").
const PRESS_DEMONYMS: Record<string, string[]> = {
  PH: ['Philippine'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  AR: ['Argentinian'],
  TL: ['Timorese', 'East Timorese'],
  PS: ['Palestinian'],
  NP: ['Nepali'],
  MV: ['Maldivian'],
  AZ: ['Azeri'],
};

// Words after which a place name is part of something else: "Latin American", "New Jersey".
const BLOCK_BEFORE = new Set(['latin', 'new']);
const BLOCK_AFTER = new Set(['sea', 'ocean', 'street', 'square', 'avenue', 'road', 'district']);

/** Names only the Vietnamese locale gives ("Nga", "Na Uy", "Pháp"): for look-ups, never read in English text. */
const VIETNAMESE_ONLY = new Set<string>();

function buildPlaces(): Place[] {
  const list: Place[] = [];
  for (const c of worldCountries) {
    const aliases = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      // Two-letter codes collide with words ("IT", "NO"); scripts other than Latin never appear in English text.
      if (alt.length >= 3 && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(alt)) aliases.add(alt);
    }
    for (const n of [countries.getName(c.cca2, 'en', { select: 'all' }) ?? []].flat()) aliases.add(n);
    for (const n of [countries.getName(c.cca2, 'vi', { select: 'all' }) ?? []].flat()) {
      if (!aliases.has(n)) VIETNAMESE_ONLY.add(n);
      aliases.add(n);
    }
    for (const n of PRESS_FORMS[c.cca2] ?? []) aliases.add(n);
    const demonyms = new Set<string>();
    // Territories share demonyms with their states ("Dutch" is also Caribbean Netherlands): states keep them.
    if (c.demonyms?.eng && c.independent) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
    for (const d of PRESS_DEMONYMS[c.cca2] ?? []) demonyms.add(d);
    list.push({ code: c.cca2, name: c.name.common, kind: 'country', aliases: [...aliases].filter(Boolean), demonyms: [...demonyms] });
  }
  for (const o of ORGANISATIONS)
    list.push({
      code: o.code,
      name: o.name,
      kind: 'organisation',
      aliases: [o.name, ...o.aliases],
      demonyms: [],
      ...(o.members ? { members: o.members } : {}),
    });
  return list;
}

interface Entry {
  words: string[];
  code: string;
  demonym: boolean;
  /** Written in capitals ("US", "EU"): the text must capitalise it too, or "us" would be a country. */
  caps: boolean;
}

/** Finds countries and organisations in text and resolves their names; built once. */
export class Gazetteer {
  readonly places: Place[];
  private readonly byCode = new Map<string, Place>();
  private readonly byFirstWord = new Map<string, Entry[]>();
  private readonly byName = new Map<string, string>();

  constructor(places: Place[] = buildPlaces()) {
    this.places = places;
    for (const p of places) {
      this.byCode.set(p.code, p);
      for (const [surface, demonym] of [...p.aliases.map((a) => [a, false] as const), ...p.demonyms.map((d) => [d, true] as const)]) {
        const words = tokens(surface);
        if (words.length === 0) continue;
        const key = words.join(' ');
        if (!this.byName.has(key)) this.byName.set(key, p.code);
        // Vietnamese names are for look-ups; in English text short ones collide with personal names ("Nguyen Thi
        // Nga", "Tran Duc Anh"). Spelt without diacritics they are still Vietnamese.
        if (!demonym && VIETNAMESE_ONLY.has(surface) && fold(surface) !== fold(p.name) && !PRESS_FORMS[p.code]?.includes(surface)) continue;
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, code: p.code, demonym, caps: /^[A-Z.]{2,}$/.test(surface) });
        this.byFirstWord.set(words[0]!, list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The place with this code. */
  get(code: string): Place | undefined {
    return this.byCode.get(code);
  }

  /** Resolve a name, alias, demonym or code ("Norwegian", "Na Uy", "EFTA", "no") to a place code. */
  resolve(name: string): string | undefined {
    const key = tokens(name).join(' ');
    if (!key) return undefined;
    const hit = this.byName.get(key) ?? this.byName.get(key.replace(/^the /, ''));
    if (hit) return hit;
    const upper = name.trim().toUpperCase();
    return this.byCode.has(upper) ? upper : undefined;
  }

  // Each sentence is searched by several extractors: the answers are kept, bounded, and handed out as copies.
  private readonly found = new Map<string, PlaceMention[]>();

  /** Every place named in a text, longest names first, only where the text capitalises them. */
  find(text: string): PlaceMention[] {
    let hit = this.found.get(text);
    if (!hit) {
      if (this.found.size >= 50_000) this.found.clear();
      this.found.set(text, (hit = this.scan(text)));
    }
    return hit.map((m) => ({ ...m }));
  }

  private scan(text: string): PlaceMention[] {
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    // Folded only when looked at: a place starts at a capital, so most words never are.
    const foldedAt: Array<string | undefined> = new Array(words.length);
    const folded = (i: number) => (foldedAt[i] ??= fold(words[i]![0]));
    const out: PlaceMention[] = [];
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!;
      if (!startsCapitalOrDigit(first[0])) continue;
      const candidates = this.byFirstWord.get(folded(i));
      if (!candidates) continue;
      for (const entry of candidates) {
        const n = entry.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) if (folded(i + k) !== entry.words[k]) ok = false;
        if (!ok) continue;
        const last = words[i + n - 1]!;
        const end = last.index! + last[0].length;
        // All-caps forms ("UK", "EU") must be written in capitals; "us" is a pronoun.
        if (entry.caps && (first[0].match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
        if (i > 0 && BLOCK_BEFORE.has(folded(i - 1)) && /^\p{Lu}/u.test(words[i - 1]![0])) continue;
        if (i + n < words.length && BLOCK_AFTER.has(folded(i + n))) continue;
        out.push({ code: entry.code, index: first.index!, end, surface: text.slice(first.index!, end), byDemonym: entry.demonym });
        i += n - 1;
        break;
      }
    }
    return out;
  }
}

/** Whether a word starts with a capital letter or a digit (ASCII without a regular expression: most words are). */
function startsCapitalOrDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^\p{Lu}/u.test(word);
}
