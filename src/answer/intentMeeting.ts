import { formatDate } from '../corpus/dates.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import { placeName } from '../knowledge/queries.ts';
import type { AnswerEvidence } from './answer.ts';
import { reportsContent } from './cues.ts';
import { mentions, type Intent } from './intentContext.ts';
import { hasTime } from './readTime.ts';
import { sentencesIn } from './sentencesOf.ts';

const DISCUSS = ['discuss', 'talk', 'review', 'agree', 'cover', 'raise', 'address'];
/** Nouns that name one meeting rather than the relationship. */
export const ONE_MEETING = [
  'meeting',
  'session',
  'reception',
  'committee',
  'consultation',
  'forum',
  'summit',
  'conference',
  'talks',
  'call',
  'visit',
  'trip',
  'dialogue',
  'receive',
  'host',
  'meet',
];
/** Most sentences quoted: what a reader takes in at a glance. */
const MAX_SAID = 5;

/**
 * "What did Vietnam and Poland discuss at their political consultation?", "What did Son and the Italian envoy talk
 * about?": the meeting is the one the best retrieved sentence reports; the answer is what its article says was
 * discussed, agreed or proposed there, in the article's order, each sentence cited.
 */
export const meetingContent: Intent = {
  name: 'meeting content',
  types: ['overview', 'items', 'events', 'fact'],
  triggers: [DISCUSS],
  run({ q, links, kb, ranked }) {
    if (!links.places.length && !links.people.length) return undefined;
    // The relationship as a whole ("What has Vietnam discussed with Norway?") is the overview's.
    if (!links.people.length && !hasTime(q.time) && !mentions(q, ONE_MEETING)) return undefined;
    const best = ranked[0];
    if (!best || best.features.entity < 1) return undefined;
    // The article reports that meeting: it is the first event the article tells (a review of the year, or a past
    // visit recalled, is not the meeting asked about).
    const meeting = lookupMaps(kb).firstEvent.get(best.articleId);
    const fits =
      meeting &&
      links.places.every((c) => meeting.countries.includes(c)) &&
      (!links.people.length || links.people.some((p) => meeting.participants.includes(p)));
    if (!meeting || !fits || (meeting.kind === 'visit' && !mentions(q, ['visit', 'trip']))) return undefined;
    const article = lookupMaps(kb).article.get(best.articleId);
    if (!article) return undefined;
    const said: AnswerEvidence[] = [];
    for (let i = 0; i < article.paragraphs.length && said.length < MAX_SAID; i++) {
      for (const s of sentencesIn(kb, `${article.id}#${i}`)) {
        if (said.length < MAX_SAID && reportsContent(s.text)) said.push({ articleId: s.articleId, passageId: s.passageId, quote: s.text });
      }
    }
    if (said.length === 0) return undefined;
    const partners = meeting.countries.map((c) => placeName(kb, c)).join(', ');
    const heading = `At the ${meeting.kind}${partners ? ` with ${partners}` : ''}${meeting.place ? ` in ${meeting.place}` : ''}, ${formatDate(meeting.date)}`;
    return { answer: { route: 'meeting content', type: 'items', heading, lines: [], quotes: said } };
  },
};
