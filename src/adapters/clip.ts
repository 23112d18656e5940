/** Cut a text to at most n characters, marking the cut with an ellipsis. */
export function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
