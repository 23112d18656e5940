import { escapeRegExp } from '../text/escapeRegExp.ts';
import { withoutMarks } from '../text/fold.ts';
import { namedIn, type ArticlePerson } from './articlePeople.ts';

// "Special Envoy of General Secretary To Lam", "on behalf of President X", "a letter from X": X sent someone or
// something and was not there.
// ("the state funeral of former President X", "the late X": the one mourned was not there either.)
const SENDER =
  /\b(?:[Ee]nvoy|[Bb]ehalf|[Mm]essage|[Ll]etter|[Gg]reetings|[Rr]egards|[Cc]ongratulations|[Cc]ondolences|[Ff]uneral|[Mm]emorial service)\s+(?:of|from)\s+(?:the\s+)?(?:late\s+)?(?:former\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}$|\bthe late\s+(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}$/u;
export function sentBy(p: ArticlePerson, text: string): boolean {
  const t = withoutMarks(text);
  const at = [p.name, ...p.shortForms].map((f) => t.indexOf(withoutMarks(f))).filter((i) => i >= 0);
  return at.length > 0 && at.every((i) => SENDER.test(t.slice(Math.max(0, i - 80), i)));
}

/** Whether a text names a visit by one of a person's forms: "Tô Lâm's state visit", "Marcos's trip". */
export function ownsVisit(forms: string[], text: string): boolean {
  return forms.some((f) => new RegExp(`${escapeRegExp(f)}[’']s\\s+(?:[\\w-]+\\s+){0,3}(?:visits?|trip)\\b`, 'u').test(text));
}

/** Whose visit a nominal mention is: the possessor ("Lâm's", "his", "her") or the person after "by". */
export function visitorOf(
  text: string,
  who: ArticlePerson[],
  subject: ArticlePerson | undefined,
  everyone: ArticlePerson[],
): ArticlePerson | undefined {
  // Foreign press writes a Vietnamese official by surname ("Le's ongoing visit"): it names them when no one else in
  // the article shares it.
  const surname = (p: ArticlePerson) => p.name.split(/\s+/)[0]!;
  const ownSurname = (p: ArticlePerson) =>
    p.country === 'VN' && everyone.filter((o) => surname(o) === surname(p)).length === 1 ? [surname(p)] : [];
  const forms = (p: ArticlePerson) => [p.name, ...p.shortForms, ...ownSurname(p)];
  if (subject && /\b(?:his|her)\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b/i.test(text)) return subject;
  const possessed = [...who, ...everyone.filter((p) => !who.includes(p))].find((p) => ownsVisit(forms(p), text));
  if (possessed) return possessed;
  // "the delegation's first visit": the delegation's head, whom the sentence refers to without naming.
  if (/\bdelegation[’']s\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b/i.test(text)) {
    const head = who.find((p) => !forms(p).some((f) => text.includes(f)));
    if (head) return head;
  }
  // "Khoa said the minister's visit to Vietnam…": someone other than the speaker who holds that office, and a
  // foreigner when the visit is to Việt Nam.
  const office =
    /\bthe\s+(?:\p{Lu}[\p{L}-]+\s+)?(minister|president|prime minister|premier|ambassador|king|queen|chancellor)[’']s\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b(\s+to\s+Vi[eệ]t\s?Nam\b)?/iu.exec(
      text,
    );
  if (office) {
    const holds = (p: ArticlePerson) =>
      p !== subject &&
      p.role !== undefined &&
      p.role.toLowerCase().includes(office[1]!.toLowerCase()) &&
      !(office[2] && p.country === 'VN');
    const holder = who.find(holds) ?? everyone.find(holds);
    if (holder) return holder;
  }
  const by = /\b(?:visits?|trip)\s+(?:[^.;]{0,40}?\s)?by\s+([^.;,]{3,120})/u.exec(text);
  if (by) {
    const after = by[1]!;
    // "the visit by the high-ranking delegation of the Communist Party of China": its head, whom the sentence refers to.
    if (/^(?:the|a)\s+(?:[\w-]+\s+)?delegation\b/.test(after)) {
      const head = who.find((p) => !forms(p).some((f) => text.includes(f)));
      if (head) return head;
    }
    const p = who
      .map((x) => ({
        x,
        i: Math.min(
          ...forms(x)
            .map((f) => after.indexOf(f))
            .filter((i) => i >= 0),
        ),
      }))
      .filter((c) => Number.isFinite(c.i))
      .sort((a, b) => a.i - b.i)[0];
    if (p) return p.x;
  }
  return undefined;
}

/** People a text names as the visitors of a visit it mentions: "the visit to Chile by X", "X's visit". */
export function visitorsIn(text: string, who: ArticlePerson[]): Set<string> {
  const by = /\b(?:visits?|trips?)\b[^.;,]{0,60}?\bby\s+([^.;,]+)/i.exec(text)?.[1] ?? '';
  return new Set(who.filter((p) => namedIn(p, by) || ownsVisit([p.name, ...p.shortForms], text)).map((p) => p.key));
}
