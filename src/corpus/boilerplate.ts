// Shapes of site chrome around news text. Each rule names a shape, never a particular file.

/** A line that starts the page's tail: teasers, related stories, feedback and comment boxes. */
export const TAIL_MARKER =
  /^(see more|related news|related articles?|related stories|read more|more news|other news|latest news|most read|you may (?:also )?like|feedback|others|comments?|your comment|send (?:your )?comment|write (?:a|your) comment|tags?:?|keywords?:?)$/i;

/** Placeholder tokens left by image widgets: "{keywords}", "leftcenterrightdel". */
export const WIDGET_LINE = /^(\{[a-z_]+\}|leftcenterrightdel|advertisement|ads?|print|share|tweet|email|zoom)$/i;

/** "Politics & Law" or "Home Politics & Law": section breadcrumbs above a headline. */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 80 || /[.!?,;:]$/.test(line)) return false;
  if (/^Home\b/.test(line) && line.split(/\s+/).length <= 8) return true;
  return /\s&\s|\s[>»›|]\s/.test(line) && line.split(/\s+/).length <= 5;
}

/** A navigation bullet such as "• An Giang" (lists of provinces before a headline). */
export function isNavBullet(line: string): boolean {
  return /^[•·▪●◦■►-]\s*\S/.test(line) && line.split(/\s+/).length <= 6 && !/[.!?]$/.test(line);
}

// "(Photo: VNA)", "(Source: VNA)", "(Credit: VGP)".
const BRACKET_CREDIT = /\((?:photo|photos|source|credit|ảnh|file photo)\s*:\s*[^()\n]{1,80}\)/i;
// "… sign the minutes. Photo: VNA", "Photo: Nguyen Khanh / Tuoi Tre", "Illustrative image. VNA/VNS Photo".
const TRAILING_CREDIT =
  /(?:^|[.\s])(?:(?:photo|photos|ảnh|credit)\s*:\s*[^.()\n]{1,60}|(?:[—–-]\s*)?[A-Z]{2,5}(?:\/[A-Z]{2,5})?\s+Photo)\s*$/i;
// "hinh anh 1", "- ảnh 1", "- Ảnh 1.": image widget labels that glue a headline to a caption.
export const IMAGE_LABEL = /\s*-?\s*(?:hinh anh|hình ảnh|ảnh)\s*\d+\.?\s*/i;

export interface CaptionSplit {
  before?: string;
  caption?: string;
  after?: string;
}

/** Find a photo caption in a line: the whole line, or a caption glued between two pieces of text. */
export function splitCaption(line: string): CaptionSplit | undefined {
  if (TRAILING_CREDIT.test(line) && line.length < 400) return { caption: line };
  const m = BRACKET_CREDIT.exec(line);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const head = line.slice(0, m.index);
  // The caption starts after the last sentence end before the credit, or at the line start.
  const boundary = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const split: CaptionSplit = {};
  if (
    boundary >= 0 &&
    head
      .slice(boundary + 2)
      .trim()
      .split(/\s+/).length <= 30
  ) {
    split.before = head.slice(0, boundary + 1).trim();
    split.caption = line.slice(boundary + 2, end).trim();
  } else {
    split.caption = line.slice(0, end).trim();
  }
  const tail = line.slice(end).trim();
  if (tail) split.after = tail;
  return split;
}
