import { findDateMentions, resolveMention } from '../corpus/dates.ts';
import type { Passage } from '../corpus/types.ts';
import type { ArticlePerson } from './articlePeople.ts';
import { yearOnly } from './eventYear.ts';
import { kindsIn } from './kindsIn.ts';
import { countriesOf, type Reading } from './reading.ts';
import type { EventKind } from './types.ts';

/**
 * "…including X's state visit in June last year, the phone talks in August, and Y's trip in September": one past
 * event per clause, each with its own date and people.
 */
export function readList(r: Reading, passage: Passage, text: string, listed: string[], who: ArticlePerson[], kindOf?: EventKind): void {
  for (const clause of listed) {
    const kind = kindOf ?? kindsIn(clause)[0]?.kind;
    if (!kind) continue;
    const m = findDateMentions(clause)[0];
    const date = m ? resolveMention(m, r.ref, clause) : (yearOnly(clause, r.ref.year) ?? yearOnly(text, r.ref.year) ?? r.reviewYear);
    const inClause = who.filter((p) => p.shortForms.some((f) => clause.includes(f)));
    const countries = countriesOf(clause, inClause, r.gazetteer);
    if (!date || (inClause.length === 0 && countries.length === 0)) continue;
    // (A conference is one event wherever its countries; anything else is one per partner named.)
    const each = kind === 'conference' && countries.length ? [countries] : countries.length ? countries.map((x) => [x]) : [r.partners];
    for (const c of each) {
      r.events.push({ kind, date, participants: inClause.map((p) => p.key), countries: c, passageId: passage.id, quote: text });
    }
  }
}
