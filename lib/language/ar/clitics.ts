/**
 * Proclitics: letters glued to the front of a name. A mention's span never includes
 * them. The grammar is: an optional conjunction, then an optional preposition; the
 * article ال belongs to the name when the name has it, and «لل» is ل + ال with the
 * alef of the article dropped (the span then starts at the article's lam).
 */
export const conjunctions = [
  { letter: 'و', meaning: 'and', example: 'وحزب الله' },
  { letter: 'ف', meaning: 'so, then', example: 'فالحشد الشعبي' },
] as const;

export const prepositions = [
  { letter: 'ب', meaning: 'in, with, at', example: 'بقاعدة عين الأسد' },
  { letter: 'ل', meaning: 'for, to', example: 'لحزب الله' },
  { letter: 'ك', meaning: 'like, as', example: 'كحزب الله' },
] as const;

/** The definite article; names that carry it list it in their aliases. */
export const article = { text: 'ال', example: 'الحشد الشعبي' } as const;

/**
 * ل + ال: the alef of the article drops after the preposition ل.
 * «للحشد الشعبي» is ل + «الحشد الشعبي», and the span is «لحشد الشعبي».
 */
export const lamArticle = { preposition: 'ل', elidedLetter: 'ا', example: 'للمقاومة الإسلامية في العراق' } as const;
