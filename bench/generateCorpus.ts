// Synthetic articles in the real raw shapes (VNA, VNS, VOV with their boilerplate and teasers), seeded and
// repeatable, for benchmarks at 1k to 100k articles. Real articles from the dev corpus are mixed in.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './syntheticCorpus.ts';

const COUNTRIES = [
  'Norway',
  'Russia',
  'Japan',
  'Germany',
  'France',
  'India',
  'Australia',
  'Brazil',
  'Chile',
  'Egypt',
  'Finland',
  'Hungary',
  'Indonesia',
  'Laos',
  'Cambodia',
  'Thailand',
  'Singapore',
  'Italy',
  'Spain',
  'Poland',
  'Canada',
  'Mexico',
  'Kenya',
  'Nigeria',
  'South Africa',
  'Argentina',
  'Peru',
  'Turkey',
  'Israel',
  'Sweden',
];
const DEMONYM: Record<string, string> = {
  Norway: 'Norwegian',
  Russia: 'Russian',
  Japan: 'Japanese',
  Germany: 'German',
  France: 'French',
  India: 'Indian',
  Australia: 'Australian',
  Brazil: 'Brazilian',
  Chile: 'Chilean',
  Egypt: 'Egyptian',
  Finland: 'Finnish',
  Hungary: 'Hungarian',
  Indonesia: 'Indonesian',
  Laos: 'Lao',
  Cambodia: 'Cambodian',
  Thailand: 'Thai',
  Singapore: 'Singaporean',
  Italy: 'Italian',
  Spain: 'Spanish',
  Poland: 'Polish',
  Canada: 'Canadian',
  Mexico: 'Mexican',
  Kenya: 'Kenyan',
  Nigeria: 'Nigerian',
  'South Africa': 'South African',
  Argentina: 'Argentine',
  Peru: 'Peruvian',
  Turkey: 'Turkish',
  Israel: 'Israeli',
  Sweden: 'Swedish',
};
const VN_SURNAMES = ['Nguyễn', 'Lê', 'Trần', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'];
const VN_MIDDLE = ['Thị', 'Văn', 'Minh', 'Quốc', 'Thanh', 'Hoài', 'Đức', 'Thu'];
const VN_GIVEN = ['Hằng', 'Trung', 'Sơn', 'Vũ', 'Cường', 'Hải', 'Lan', 'Phúc', 'Dũng', 'Thắng', 'Hà', 'Long'];
const FOREIGN_FIRST = ['Anna', 'Marco', 'Hiroshi', 'Elena', 'Rahul', 'Sofia', 'Jonas', 'Amara', 'Lucas', 'Ingrid', 'Pedro', 'Yuki'];
const FOREIGN_LAST = ['Larsen', 'Rossi', 'Tanaka', 'Petrova', 'Sharma', 'Garcia', 'Berg', 'Okafor', 'Silva', 'Novak', 'Kowalski', 'Dubois'];
const ROLES_VN = [
  'Deputy Minister of Foreign Affairs',
  'Minister of Foreign Affairs',
  'Deputy Prime Minister',
  'Vice President',
  'Deputy Foreign Minister',
];
const ROLES_X = ['Ambassador to Vietnam', 'Minister of Foreign Affairs', 'State Secretary', 'Deputy Foreign Minister', 'Minister of Trade'];
const TOPICS = [
  'green transition',
  'digital transformation',
  'circular economy',
  'cybersecurity',
  'renewable energy',
  'education and training',
  'tourism',
  'agriculture',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface GeneratedCorpus {
  dir: string;
  files: number;
}

/** Write `count` articles into `dir` (created), deterministic for a given seed. */
export function generateCorpus(dir: string, count: number, seed = 2026): GeneratedCorpus {
  mkdirSync(dir, { recursive: true });
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const devDir = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus-dev');
  const real = readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(devDir, f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const name = `bench_${String(i).padStart(6, '0')}.txt`;
    // One in fifty is a real article, so real shapes and vocabulary are part of every size.
    if (i % 50 === 0) {
      writeFileSync(join(dir, name), `${real[(i / 50) % real.length]}\n\n<!-- copy ${i} -->\n`.replace('<!-- copy', `Ref ${i} <!-- copy`));
      continue;
    }
    const country = pick(COUNTRIES);
    const vn = `${pick(VN_SURNAMES)} ${pick(VN_MIDDLE)} ${pick(VN_GIVEN)}`;
    const vnRole = pick(ROLES_VN);
    const other = `${pick(FOREIGN_FIRST)} ${pick(FOREIGN_LAST)}`;
    const otherRole = pick(ROLES_X);
    const year = 2015 + Math.floor(rand() * 12);
    const month = Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const topic = pick(TOPICS);
    const ties = 1950 + Math.floor(rand() * 50);
    const body = [
      `${vnRole} ${vn} received ${DEMONYM[country]} ${otherRole} ${other} on ${MONTHS[month]} ${day} to discuss measures to strengthen bilateral cooperation, especially in ${topic}.`,
      `${vn.split(' ').at(-1)} affirmed that Vietnam always attaches importance to the traditional friendship with ${country}, noting that since the establishment of diplomatic ties on ${MONTHS[(month + 3) % 12]} ${1 + ((day + 5) % 28)}, ${ties}, the relations have recorded significant progress.`,
      `The two sides agreed to promote the early signing of a memorandum of understanding on ${topic} and to expand trade, which reached US$${(1 + rand() * 20).toFixed(1)} billion in ${year - 1}.`,
      `${other} said ${country} wishes to deepen cooperation with Vietnam in ${pick(TOPICS)} and ${pick(TOPICS)}, and invited Vietnamese leaders to visit ${country} at an early date.`,
    ];
    const title = `Vietnam, ${country} step up cooperation in ${topic}`;
    const shape = i % 3;
    let text: string;
    if (shape === 0) {
      text = `${title}\n\n${vnRole} ${vn} (R) and ${other}. (Photo: VNA)\n\nHanoi (VNA) – ${body.join('\n\n')}\n\nVNA\n\nSee more\n\nUnrelated teaser about another meeting\n\nAnother teaser headline\n`;
    } else if (shape === 1) {
      text = ` date ${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')} HÀ NỘI — ${body.join('\n\n')} — VNS\n\nFeedback\n\nOthers\n`;
    } else {
      text = `${title}\n\n(VOVworld) - ${body.join('\n\n')}\n\nRelated News\n\n• Teaser one\n\n• Teaser two\n`;
    }
    writeFileSync(join(dir, name), text);
  }
  return { dir, files: count };
}
