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
  return text
    .replace(/([\p{Ll}\d%)”"])([.!?])(\p{Lu}\p{Ll})/gu, '$1$2 $3')
    .replace(/(\p{Ll}{2,})\((?=\p{Lu})/gu, '$1 (')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
