import { agencyFromMark } from './source.ts';

export interface Dateline {
  place?: string;
  agency?: string;
  /** The place was written in capitals ("HÀ NỘI —"), the house style of Việt Nam News. */
  placeInCaps?: boolean;
  /** The paragraph without its dateline. */
  rest: string;
}

const DASH = '[–—-]';
// "Hanoi (VNA) –", "Seoul (VNA) –", "(VOVworld) -", "(VNF) -"
const AGENCY_DATELINE = new RegExp(`^(?:([\\p{Lu}][\\p{L}.' ]{1,40}?)\\s*)?\\(([A-Za-zĐ/]{2,10})\\)\\s*${DASH}\\s*`, 'u');
// "VGP –", "VNA –"
const BARE_AGENCY = new RegExp(`^(VGP|VNA|VOV|VNS|NDO|VNF)\\s*${DASH}\\s+`);
// "HÀ NỘI —", "VIENTIAN –"; optionally after a wire prefix "VIETNAM, January 23 - ".
const CAPS_PLACE = new RegExp(`^(?:[A-Z]{3,}, [A-Z][a-z]+ \\d{1,2} ${DASH} )?([\\p{Lu}][\\p{Lu} .'’]{2,30}?)\\s*${DASH}\\s+`, 'u');

function titleCase(place: string): string {
  return place
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('vi'))
    .trim();
}

/** Read a dateline at the start of a paragraph: the place and agency it names, and the text after it. */
export function readDateline(paragraph: string): Dateline | undefined {
  let m = AGENCY_DATELINE.exec(paragraph);
  if (m) {
    const agency = agencyFromMark(m[2]!);
    if (agency) {
      const place = m[1]?.trim();
      return { ...(place ? { place } : {}), agency, rest: paragraph.slice(m[0].length) };
    }
  }
  m = BARE_AGENCY.exec(paragraph);
  if (m) return { agency: agencyFromMark(m[1]!)!, rest: paragraph.slice(m[0].length) };
  m = CAPS_PLACE.exec(paragraph);
  if (m && /\p{Lu}{2}/u.test(m[1]!) && !/\p{Ll}/u.test(m[1]!)) {
    return { place: titleCase(m[1]!), placeInCaps: true, rest: paragraph.slice(m[0].length) };
  }
  if (new RegExp(`^${DASH}\\s+\\p{Lu}`, 'u').test(paragraph)) return { rest: paragraph.replace(/^[–—-]\s+/, '') };
  return undefined;
}
