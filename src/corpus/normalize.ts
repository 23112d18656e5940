/** Normalise raw article text: one newline style, no BOM, no zero-width or control characters, plain spaces. */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .normalize('NFC')
  );
}

/** Repair words run together by scraping: "February 17.The meetings" → "February 17. The meetings". */
export function repairSpacing(text: string): string {
  // Each repair runs only on text that may need it: most paragraphs need none, and the patterns are costly.
  let t = text;
  if (/[.!?]\p{Lu}/u.test(t)) t = t.replace(/([\p{Ll}\d%)”"])([.!?])(\p{Lu}\p{Ll})/gu, '$1$2 $3');
  if (t.includes('(')) t = t.replace(/(?<=\p{Ll}{2})\((?=\p{Lu})/gu, ' (');
  if (/\s\s/.test(t)) t = t.replace(/\s{2,}/g, ' ');
  return t.trim();
}
