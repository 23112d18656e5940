/**
 * Whether a feed item reads as diplomatic news, from its title and summary: the words of foreign relations in
 * agency English. A politics feed also carries party, court and home-affairs stories, which the bot does not cover.
 */
const DIPLOMACY =
  /\b(?:diplomac\w*|diplomat\w*|foreign (?:minister|affairs|ministry|policy|relations)|ambassadors?|envoys?|embass(?:y|ies)|consul\w*|bilateral|multilateral|partnerships?|ties|relations with|cooperation with|state visit|official visit|working visit|visits?|talks|summit|ASEAN|United Nations|\bUN\b|APEC|treaty|agreement|memorandum|FTA|counterparts?|delegations?|receives?|received|hosts?|phone (?:talks|call))\b/i;

export function isDiplomacy(item: { title: string; summary: string }): boolean {
  return DIPLOMACY.test(`${item.title} ${item.summary}`);
}

/**
 * The story itself, once read, is about Việt Nam's foreign relations: its headline or lead names a partner country
 * or organisation, and a diplomatic word. A domestic story that says "cooperation" passes the first test, not this.
 */
export function aboutForeignRelations(text: string, partnersIn: (text: string) => string[]): boolean {
  return DIPLOMACY.test(text) && partnersIn(text).some((c) => c !== 'VN');
}
