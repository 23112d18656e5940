// The neutral Markdown every Reply is written in, one function per mark: each platform's renderer turns these marks
// into its own (Discord keeps them, Slack's mrkdwn and the console translate them).

/** Bold: the direct answer, a title in a list, a matched word. */
export const bold = (text: string): string => `**${text}**`;

/** A list item on a line of its own. */
export const bullet = (text: string): string => `• ${text}`;
