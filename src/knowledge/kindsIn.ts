import type { EventKind } from './types.ts';

/**
 * How news English names each kind of diplomatic event. A *verbal* trigger reports that the event happened ("paid
 * an official visit", "held talks", "attended the summit"); a *nominal* one only names an event ("the visit",
 * "Le's ongoing visit", "the meeting between…"), which is either one told already, one told now with its own date
 * or actor, or no event at all ("the visits aim to…").
 */
const VERBAL: Array<[EventKind, RegExp]> = [
  [
    'political consultation',
    /\b(?:political consultations?(?! mechanism)|strategic (?:partnership )?dialogues?|(?:defen[cs]e|security) policy dialogues?|(?:deputy |vice )?ministerial(?:-level)? dialogues?|(?:co-)?chaired the \w+ (?:meeting|session)|(?:co-)?chair(?:ed)? the (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:[^\s.,;]+ ){0,5}(?:meeting|session|dialogue|consultation|retreat)|(?:meeting|session) of the [\w\s–-]{0,60}(?:joint|inter-?governmental|steering) (?:committee|commission)|(?:joint|inter-?governmental) (?:committee|commission) (?:meeting|session)|(?:sub)?committee (?:meeting|session)|held (?:the|their|its) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:[\w–'’-]+ ){0,4}(?:dialogue|consultation)|under the co-chair(?:manship)? of|co-chair(?:ed|s)? the (?:session|meeting|consultation|dialogue)\b)\b/i,
  ],
  [
    'phone call',
    /\b(?:phone (?:talks?|call|conversation)|telephone (?:talks?|call|conversation)|video call|phoned|by phone|held phone)\b/i,
  ],
  [
    'signing',
    // ("carry out the signed agreements": a participle before its noun names what was signed once, not a signing;
    // "memoranda were signed between firms" are deals of businesses.)
    /\b(?:(?<!\b(?:the|already|previously|newly|recently)\s)signed(?!\s+(?:\w+\s+){0,2}between\s+(?:\w+\s+){0,2}(?:firms|businesses|companies|enterprises)\b)|inked|signing ceremony|witnessed the (?:\w+ )?signing|(?:ended|concluded|closed) with the signing of|witnessed the exchange of|exchanged (?:\w+ ){0,2}(?:documents|agreements|memorand\w+)|sign(?:s)?\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}(?:minutes|agreements?|memorand(?:um|a)|MoUs?|deals?|treaty|treaties|declarations?|plans?|programmes?|protocols?|documents?))\b/i,
  ],
  [
    'conference',
    /\b(?:attend(?:s|ed|ing)?|attendance at|participation in|(?:co-)?chaired(?= the (?:[\w–'’-]+ ){1,6}(?:Meeting|Summit|Conference|Forum)\b)|led (?:a|an|the) (?:[\w-]+ ){0,3}delegation to the|(?:deliver(?:s|ed)?|gave|give) an? (?:\w+ )?(?:speech|address|statement) at|participat(?:es|ed|ing) in|took part in|taking part in|on the sidelines of|addressed|addressing|address|spoke at|speaking at|hosting|hosted|travel(?:s|led|ling)? to [A-Z][^\s,.;]+(?: [a-z]+){0,2} for(?! the meeting\b| talks\b)|(?:was|were)(?: last)? in [A-Z][^\s,.;]+(?: [A-Z][^\s,.;]+)?(?: on [\w ]{3,20})? for)\b[^.;]{0,90}?\b(?:Meetings?|Conference|Forum|Summit|Congress|Session|Assembly|Dialogue|Week|Summits|Conferences|meetings?|(?:general|open|high-level) debate|conference|forum|summit|session|inauguration|swearing-in|funeral|coronation|seminar|workshop|symposium)\b|\b(?:Meeting|Conference|Forum|Summit|Congress)\b(?=[^.;]{0,90}?\bwith the participation of\b)/i,
  ],
  [
    'reception',
    /\b(?:(?:received|receives|receiving)(?! an? (?:phone |telephone )?(?:call|letter|message)\b)|(?:hosted|held|gave) an? (?:[\w-]+ )?(?:reception|banquet|dinner|luncheon)|hosts a (?:reception|banquet|dinner)|(?:handed|hands) over\b(?=[^.;]{0,120}\bat an? (?:[\w-]+ )?ceremony\b)|attend(?:ed|s|ing)? (?:a|an|the) (?:[\w-]+ ){0,3}(?:ceremony|reception|banquet|celebration|get-together)\b|(?:reception|banquet|ceremony) (?:was|were) (?:held|hosted|organi[sz]ed)|(?:dinner|luncheon|reception) (?:hosted|given|offered) by|reception (?:for|in honour)|banquet|welcomed \w+ \w+ (?:on|in|at)\b|(?:courtesy|farewell) call|(?:called|calls|calling) on (?=(?:the )?(?:Minister|President|Prime|Deputy|Vice|Chair|Chairman|Chairwoman|General|Party|Ambassador|Foreign|Speaker|King|Queen|Governor|Mayor|Secretary|State)\b)(?![^.;]{0,80}?\bto\s+(?:resign|step|stop|respect|ensure|refrain|release|end|take|join|support|implement|comply)\b)|(?:farewell|courtesy) visit|(?:had|was granted|were granted) an audience (?:with|by)|presented (?:(?:a )?cop(?:y|ies) of )?(?:his|her|their) (?:\w+ ){0,2}credentials|(?:made|spoke|said)\b[^.;]{0,90}\bat an? (?:\w+ )?(?:reception|banquet)\b|(?:hosted|held|presided over) an? (?:\w+ ){0,2}welcom(?:e|ing) ceremony|(?:held|hosted) an? (?!signing\b)(?:\w+ ){0,2}(?:ceremony|get-together|gala)\b|(?:hosted|hosts)\s+(?!(?:a|an|the|by|in|at|on|for|its|their|his|her)\b)\w)/i,
  ],
  [
    'talks',
    /\b(?:held talks|holds? talks|hold talks|(?:held|had|hosted) an? working (?:breakfast|lunch|luncheon|dinner)|held (?:private|expanded|bilateral|official|restricted|in-depth|separate) talks|talks with|online talks|met with|meets?\b|met\b|meeting with|meetings with|held (?:\w+ ){0,4}meetings|(?:held|hold|holds|holding) (?:a|an|their|its) (?:[\w'’-]+ ){0,3}meeting\b(?! of\b)|held (?:an?|their) (?:[\w-]+ ){0,2}summit\b|offered (?:his |her |their )?condolences to\b|working sessions?|worked with|works with|talking to|co-chaired(?! by)|co-chairs? (?:the|a)\b)\b/i,
  ],
  [
    'visit',
    /\b(?:paid an? (?!(?:farewell|courtesy)\b)(?:\w+ ){0,3}(?:visit|trip)|paid (?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|numerous|\w+ (?:of|dozen))\b)(?:\w+ ){0,2}visits|pays? an? (?!(?:farewell|courtesy)\b)(?:\w+ ){0,3}(?:visit|trip)|paying an? (?!(?:farewell|courtesy)\b)(?:\w+ ){0,3}(?:visit|trip)|(?:is|are|was|were) on an? (?:[\w-]+ ){0,3}(?:visit|trip)|visited(?!\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:complex|museum|temple|pagoda|site|memorial|factory|plant|school|university|company|zone|park|exhibition|mausoleum|relics?|monument|centre|center|port|farm|village|hospital|headquarters)\b)|is visiting|are visiting|travell?ed to|flew to|(?:on|upon) (?:his |her |their )?arrival in|began (?:his|her|their|an?) (?:\w+ ){0,3}visit|led an? (?:\w+ ){0,3}delegation to(?! attend| take part| participate)|arrived in)\b/i,
  ],
  ['statement', /\b(?:penned an article|article titled|told the press|said in a statement)\b/i],
];

/** An event named but not told as happening: the object of a sentence about something else. */
const NOMINAL: Array<[EventKind, RegExp]> = [
  // A farewell or courtesy visit is a call on an official (a reception), not a journey.
  // ("the council's annual business mission to Vietnam" is a visit too.)
  ['visit', /\b(?<!(?:farewell|courtesy) )(?:visits?|trip|tour|(?:business|trade|investment) mission)\b/i],
  // A multilateral meeting by its name ("the 57th ASEAN Foreign Ministers' Meeting", "the Hanoi Conference on
  // Illegal Wildlife Trade"): an event when the sentence dates it.
  ['conference', /\bthe (?:\d+(?:st|nd|rd|th) )?(?:[A-Z][\w'’.–-]*\s+){1,6}(?:Meeting|Conference|Summit|Forum|Congress)\b/],
  // "The meeting", not "the Meeting of the Executive Committee…", which names a body's meeting.
  ['talks', /\b(?:[Mm]eeting between|[Tt]alks between|[Tt]he talks|[Tt]he meeting|(?:their|his|her) talks)\b/],
  // (A "political consultation mechanism" is the framework, not a meeting held; "the Subcommittee on Human Rights" of
  // a parliament is a body: only a subcommittee in lower case is a mechanism's.)
  [
    'political consultation',
    /\b(?:(?:[Jj]oint|[Ii]nter-?governmental|[Ss]teering) (?:[Cc]ommittee|[Cc]ommission)|subcommittee|[Cc]onsultation(?! [Mm]echanism))\b/,
  ],
  // "The previous round of the dialogue was held in Hanoi in 2024": a meeting of the series told.
  ['political consultation', /\b(?:the|its|their)\s+(?:previous|last|latest)\s+(?:round|meeting|session|retreat)\b/i],
  // "since their third meeting, which was held in Hanoi in 2015": a numbered meeting of a mechanism.
  [
    'political consultation',
    // (Not "the 80th session of the UN General Assembly": an assembly's session is a conference.)
    /\b(?:the|their|its)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:meeting|session|dialogue|consultation|round|retreat)\b(?!\s+of\s+the\s+(?:[\w-]+\s+){0,3}(?:General Assembly|Assembly|Conference|Summit|Forum|Council|Congress)\b)/i,
  ],
];

/**
 * "met with the Vietnamese community in the city", "met embassy staff", "met with Indian businesses": people met on a
 * trip who are no counterpart.
 */
const NOT_COUNTERPARTS =
  /^\s*(?:with\s+)?(?:the\s+|representatives\s+of\s+the\s+)?(?:[\p{L}-]+\s+){0,3}(?:community|communities|diaspora|staff|students|voters|businesses|firms|companies|enterprises|investors|press|media|reporters|journalists)\b/iu;

export interface KindFound {
  kind: EventKind;
  verbal: boolean;
  /** Where the words that name it begin: the date told right after them is its own. */
  at: number;
}

/** Every kind a text reports (verbal) or names (nominal), most specific first; a meeting is talks only once. */
export function kindsIn(text: string): KindFound[] {
  const found: KindFound[] = [];
  const spans: Array<[number, number]> = [];
  for (const [kind, re] of VERBAL) {
    const m = re.exec(text);
    if (!m) continue;
    if (kind === 'talks' && NOT_COUNTERPARTS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    found.push({ kind, verbal: true, at: m.index });
    spans.push([m.index, m.index + m[0].length]);
  }
  // "chaired the 14th Mekong–Lancang Foreign Ministers' Meeting" is a multilateral meeting; "the sixth Vietnam–Australia
  // Foreign Ministers' Meeting" a bilateral mechanism.
  const mechanism = found.findIndex((k) => k.kind === 'political consultation');
  if (mechanism >= 0) {
    const words = text.slice(spans[mechanism]![0], spans[mechanism]![1]);
    const bilateral = /Vi[eệ]t\s?Nam\s?[–-]|\b(?:joint|inter-?governmental)\b|\b(?:committee|commission)\b/i.test(words);
    const meeting = found.findIndex((k) => k.kind === 'conference');
    if (/Ministers['’] Meeting|Summit|Conference/.test(words) && !bilateral) {
      if (meeting >= 0) {
        found.splice(mechanism, 1);
        spans.splice(mechanism, 1);
      } else found[mechanism] = { ...found[mechanism]!, kind: 'conference' };
    } else if (meeting >= 0 && spans[meeting]![0] <= spans[mechanism]![1] && spans[mechanism]![0] <= spans[meeting]![1]) {
      // ("co-chaired the 10th meeting of the Vietnam–Indonesia Joint Commission": the mechanism's meeting, once.)
      found.splice(meeting, 1);
      spans.splice(meeting, 1);
    }
  }
  // "led a delegation to the Summit of the Francophonie", "co-chaired the ASEAN–EU Ministerial Meeting": attendance,
  // not a visit or talks of its own.
  for (const other of ['visit', 'talks'] as const) {
    const conference = found.findIndex((k) => k.kind === 'conference');
    const i = found.findIndex((k) => k.kind === other);
    if (conference >= 0 && i >= 0 && spans[i]![0] >= spans[conference]![0] && spans[i]![1] <= spans[conference]![1]) {
      found.splice(i, 1);
      spans.splice(i, 1);
    }
  }
  // "met on the sidelines of the UN General Assembly": the assembly is where the talks were held, not an attendance
  // the sentence tells ("attended the summit and, on its sidelines, met…" is read from "attended").
  const sidelines = found.findIndex((k) => k.kind === 'conference');
  const settings: Array<[number, number]> = [];
  if (sidelines >= 0 && /^on the sidelines of\b/i.test(text.slice(spans[sidelines]![0])) && found.some((k) => k.kind === 'talks')) {
    found.splice(sidelines, 1);
    settings.push(...spans.splice(sidelines, 1));
  }
  // Talks are the substance of a reception, consultation or call, not another event.
  const meetingKinds = new Set<EventKind>(['reception', 'political consultation', 'phone call']);
  // ("are scheduled to hold talks and co-chair the 48th meeting of the committee": talks said in so many words stay.)
  const saysTalks = /\b(?:hold|holds|held|holding)\s+(?!phone\b|telephone\b)(?:\w+\s+)?talks\b/i.test(text);
  const filtered = found.filter((k) => !(k.kind === 'talks' && !saysTalks && found.some((o) => meetingKinds.has(o.kind))));
  for (const [kind, re] of NOMINAL) {
    const m = filtered.some((k) => k.kind === kind) ? null : re.exec(text);
    // (Words a verbal trigger already read name its event: "chaired the 14th … Ministers' Meeting" is one event.)
    if (m && ![...spans, ...settings].some(([a, b]) => m.index >= a && m.index < b)) filtered.push({ kind, verbal: false, at: m.index });
  }
  return filtered;
}

/**
 * "began his trip to attend the general debate": a purpose, an event only with a date of its own after it. ("is
 * scheduled to attend", "will be invited to attend" say when it is.)
 */
export function tripPurpose(found: KindFound, text: string): boolean {
  const before = text.slice(0, found.at);
  return found.kind === 'conference' && /\bto $/.test(before) && !/\b(?:scheduled|expected|set|due|slated|invited) to $/.test(before);
}

/** "the Joint Vision Statement, signed in June 2022 during the visit by X": who signed is not said (X is the visitor). */
export function signersUnsaid(found: KindFound, text: string): boolean {
  return found.kind === 'signing' && /,\s*$/.test(text.slice(0, found.at)) && /^signed\s+(?:in|on|during|at)\b/i.test(text.slice(found.at));
}
