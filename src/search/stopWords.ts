/** English words too common to search by; the corpus is English news. */
export const STOP_WORDS = new Set(
  `a an and are as at be been by did do does for from had has have he her his how i in into is it its me of on or our
  she so than that the their them then there these they this those to was we were what when where which who whom
  whose why will with would you your about after also any can could tell said says`.split(/\s+/),
);
