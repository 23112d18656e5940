/** Cut a text to at most n characters, marking the cut with an ellipsis: for a platform's hard limits. */
export function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** Cut a text to at most n characters at a word boundary, marking the cut with an ellipsis: for reading. */
export function clipWords(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n - 1);
  return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}
