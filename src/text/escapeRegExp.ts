/** A text matched literally inside a regular expression: "Marcos Jr." matches its dot, not any letter. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
