import { createHash } from 'node:crypto';
import { fold } from '../text/fold.ts';
import { IMAGE_LABEL, TAIL_MARKER, WIDGET_LINE, isBreadcrumb, isNavBullet, splitCaption } from './boilerplate.ts';
import { articleDate } from './articleDate.ts';
import { readDateline } from './dateline.ts';
import { checkIsoDate, isoDate, parseTimestampLine } from './dates.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { normalizeText, repairSpacing } from './normalize.ts';
import { agencyFromMark, agencyFromName, decideSource, type SourceEvidence } from './source.ts';
import type { Article, DateInfo } from './types.ts';
import { deriveTitle, looksLikeHeadline } from './title.ts';

export interface ParseInput {
  file: string;
  /** Known address of the article (from an index or a crawler), used when the text has no front matter url. */
  url?: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; reason: string };

const CLOSING_CREDIT = /\s*(?:[—–]\s*|-)(VNA\/VNS|VNS|VNA|VOV|VGP|NDO)\s*$/;
const CREDIT_LINE = /^(VNA\/VNS|VNS|VNA|VOV|VOVworld|VGP|NDO|VNF)$/;
const READ_FULL = /\s*(?:…|\.\.\.)?\s*(?:read (?:the )?full (?:this )?story|read more|continue reading)\s*\.?$/i;
const MAX_LINE = 20_000;

/** Article id from its file name: the stem without extension. */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

/** Parse raw article text (with optional front matter) into a clean Article, or say why it is not one. */
export function parseArticle(raw: string, input: ParseInput): ParseResult {
  const { meta, body } = splitFrontMatter(normalizeText(raw));
  // Lines longer than any paragraph are not prose (minified data, a 5 MB line); never run rules over them.
  let lines = body
    .split('\n')
    .filter((l) => l.length <= MAX_LINE)
    .map((l) => l.replace(/\s+/g, ' ').trim());
  const stated = statedDate(lines, meta.date);

  // Cut the tail: everything from "See more" / "Related News" / "Feedback" on is teasers and chrome.
  const bodyStart = lines.findIndex((l) => l !== '' && !isNavBullet(l));
  const tail = lines.findIndex((l, i) => i > bodyStart && TAIL_MARKER.test(l));
  if (tail > 0) lines = lines.slice(0, tail);

  const evidence: SourceEvidence = {};
  if (meta.source) evidence.frontMatter = meta.source;
  const url = meta.url ?? input.url;
  if (url) evidence.url = url;

  const { blocks, captions, timestampIso, truncatedByMarker } = sortLines(lines, evidence);
  takeClosingCredit(blocks, evidence);
  const lastRaw = blocks[blocks.length - 1] ?? '';
  const truncated = truncatedByMarker || (lastRaw !== '' && !/[.!?"”’)]$|\/\.$/.test(lastRaw.replace(/\s*\/\.$/, '.')));

  // Headline: the first block when it reads as one and more text follows.
  let title = meta.title;
  let titleDerived = false;
  if (!title && blocks.length > 1 && looksLikeHeadline(blocks[0]!)) title = blocks.shift();
  const { place, placeFromCaps } = takeDateline(blocks, evidence);
  if (!evidence.dateline && !evidence.credit) readHouseStyle(evidence, place !== undefined && placeFromCaps, captions);

  const paragraphs = cleanParagraphs(blocks, title);
  const uniqueCaptions = [...new Set(captions.map((c) => repairSpacing(c)))];
  const prose = paragraphs.filter((p) => p.split(/\s+/).length >= 8 && /[.!?,;]/.test(p));
  if (prose.length === 0 || paragraphs.join(' ').length < 80) {
    return { ok: false, reason: 'no article text (only boilerplate, captions or headings)' };
  }
  if (!title) {
    title = deriveTitle(paragraphs[0]!);
    titleDerived = true;
  }
  const date = withStatedYear(articleDate(stated.iso, stated.basis, timestampIso, paragraphs, uniqueCaptions), stated.year);
  const contentHash = createHash('sha256')
    .update(fold(paragraphs.join('\n')).replace(/[^\p{L}\p{N}]+/gu, ' '))
    .digest('hex')
    .slice(0, 16);
  const article: Article = {
    id: articleIdFromFile(input.file),
    file: input.file,
    title: repairSpacing(title),
    titleDerived,
    date,
    source: decideSource(evidence),
    ...(url ? { url } : {}),
    ...(place ? { place } : {}),
    paragraphs,
    captions: uniqueCaptions,
    truncated,
    contentHash,
    ...(stated.warnings.length ? { warnings: stated.warnings } : {}),
  };
  return { ok: true, article };
}

interface StatedDate {
  iso?: string;
  basis: string;
  /** The year of a stated date that cannot exist: the year may still stand. */
  year?: { year: number; basis: string };
  /** Each stated value rejected, with its reason. */
  warnings: string[];
}

/**
 * The date the file states: a first line "date 2026-01-08 …" (taken off the line), then the front matter's, which
 * wins. A stated date that cannot exist is no date; the file says what was rejected.
 */
function statedDate(lines: string[], metaDate: string | undefined): StatedDate {
  const out: StatedDate = { basis: '', warnings: [] };
  const stated = (value: string, basis: string) => {
    const checked = checkIsoDate(value);
    if ('iso' in checked) {
      out.iso = checked.iso;
      out.basis = basis;
      return;
    }
    out.warnings.push(`${basis} date rejected: ${checked.rejected}`);
    if (checked.year)
      out.year = { year: checked.year, basis: `year of the ${basis} date ${value.trim()}, whose ${checked.part} does not exist` };
  };
  const first = lines.findIndex((l) => l !== '');
  if (first >= 0) {
    const m = /^date (\d[\d-]{5,14}\d)(?=\s|$)\s*(.*)$/.exec(lines[first]!);
    if (m) {
      stated(m[1]!, 'date line');
      lines[first] = m[2]!;
    }
  }
  if (metaDate) stated(metaDate, 'front matter');
  return out;
}

interface SortedLines {
  blocks: string[];
  captions: string[];
  timestampIso?: string;
  truncatedByMarker: boolean;
}

/** Lines sorted into text blocks and photo captions; chrome dropped; credits and page timestamps noted. */
function sortLines(lines: string[], evidence: SourceEvidence): SortedLines {
  const out: SortedLines = { blocks: [], captions: [], truncatedByMarker: false };
  const { blocks, captions } = out;
  let captionNext = false;
  for (const rawLine of lines) {
    let line = rawLine;
    if (!line) continue;
    if (WIDGET_LINE.test(line) || isNavBullet(line)) continue;
    if (CREDIT_LINE.test(line)) {
      evidence.credit ??= agencyFromMark(line);
      continue;
    }
    const ts = parseTimestampLine(line);
    if (ts) {
      out.timestampIso ??= ts;
      continue;
    }
    if (isBreadcrumb(line) && blocks.length === 0) continue;
    if (captionNext) {
      captionNext = false;
      if (!/^\p{Lu}[^.]*\.?$/u.test(line) || line.length < 400) {
        captions.push(line);
        continue;
      }
    }
    const label = IMAGE_LABEL.exec(line);
    if (label && /hinh anh|hình ảnh|ảnh/i.test(label[0])) {
      const before = line.slice(0, label.index).trim();
      const after = line.slice(label.index + label[0].length).trim();
      if (before) blocks.push(before);
      if (after) captions.push(after);
      else captionNext = true;
      continue;
    }
    if (READ_FULL.test(line)) {
      line = line.replace(READ_FULL, '').trim();
      out.truncatedByMarker = true;
    }
    pushSplittingCaptions(line, out);
  }
  return out;
}

/** A caption may stand alone or be glued between two pieces of text. */
function pushSplittingCaptions(line: string, out: SortedLines): void {
  let rest: string | undefined = line;
  while (rest) {
    const split = splitCaption(rest);
    if (!split) {
      out.blocks.push(rest);
      break;
    }
    if (split.before) out.blocks.push(split.before);
    if (split.caption) out.captions.push(split.caption);
    rest = split.after;
  }
}

/** Credits at the end of the text: "… said. — VNS", "tenure.-VNA", "/.". */
function takeClosingCredit(blocks: string[], evidence: SourceEvidence): void {
  if (!blocks.length) return;
  const lastIdx = blocks.length - 1;
  const cm = CLOSING_CREDIT.exec(blocks[lastIdx]!);
  if (cm) {
    evidence.credit ??= agencyFromMark(cm[1]!);
    blocks[lastIdx] = blocks[lastIdx]!.slice(0, cm.index).trim();
  }
}

/** The dateline in one of the first paragraphs, taken off it: place and agency. */
function takeDateline(blocks: string[], evidence: SourceEvidence): { place?: string; placeFromCaps: boolean } {
  for (let i = 0; i < Math.min(4, blocks.length); i++) {
    const d = readDateline(blocks[i]!);
    if (!d) continue;
    blocks[i] = d.rest;
    if (d.agency) evidence.dateline = d.agency;
    return { ...(d.place ? { place: d.place } : {}), placeFromCaps: d.placeInCaps === true };
  }
  return { placeFromCaps: false };
}

/**
 * House style when nothing names the agency: VNS datelines in capitals ("HÀ NỘI —") and credits "VNA/VNS Photo";
 * a photo credit "Name / Outlet" names the outlet's own photographer.
 */
function readHouseStyle(evidence: SourceEvidence, capsDateline: boolean, captions: string[]): void {
  if (capsDateline) evidence.style = 'VNS';
  if (captions.some((c) => /VNA\/VNS Photo/.test(c))) evidence.style = 'VNS';
  for (const c of captions) {
    const outlet = /photo\s*:\s*[^/()]{2,40}\/\s*([^()]{2,30}?)\s*\)?$/i.exec(c)?.[1];
    const agency = outlet ? agencyFromName(outlet) : undefined;
    if (agency) evidence.style = agency;
  }
}

/**
 * Each paragraph cleaned, repeats dropped (a standfirst repeated in the body, text pasted twice, a cut-off copy).
 * The later, fuller copy is kept: it sits in the story's context.
 */
function cleanParagraphs(blocks: string[], title: string | undefined): string[] {
  const cleaned = blocks
    // VNA ends a story with " /." after its last full stop: one full stop, not "development..".
    .map((b) => repairSpacing(b.replace(/([.!?])?\s*\/\.\s*$/, (_m, stop: string | undefined) => stop ?? '.').replace(/^[–—-]\s+/, '')))
    .filter((p) => p && /\p{L}/u.test(p));
  const keys = cleaned.map((p) => fold(p).replace(/[^\p{L}\p{N}]+/gu, ''));
  const titleKey = title ? fold(title).replace(/[^\p{L}\p{N}]+/gu, '') : '';
  return cleaned.filter((_, i) => {
    const key = keys[i]!;
    if (!key || key === titleKey) return false;
    return !keys.some((other, j) => j !== i && (other === key ? j > i : key.length > 30 && other.startsWith(key)));
  });
}

/** The year a broken stated date still gives, for a date the text leaves without one. */
function withStatedYear(date: DateInfo, statedYear: StatedDate['year']): DateInfo {
  if (statedYear && date.provenance === 'unknown') return { provenance: 'partial', year: statedYear.year, basis: statedYear.basis };
  if (statedYear && date.provenance === 'partial' && !date.year && date.month) {
    // The lead's "on March 3" with the year the broken date still gives.
    const iso = date.day ? isoDate(statedYear.year, date.month, date.day) : undefined;
    return {
      ...date,
      provenance: iso ? 'resolved' : 'partial',
      year: statedYear.year,
      ...(iso ? { iso } : {}),
      basis: `${date.basis.replace(/, year not stated$/, '')}; ${statedYear.basis}`,
    };
  }
  return date;
}
