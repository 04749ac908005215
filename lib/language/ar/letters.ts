/**
 * Letters the Arabic press writes in more than one way, folded to one form before
 * matching. Each rule maps every character of `from` to `to` (one character each),
 * so that the original offsets stay exact. Reviewable without reading code: one named
 * entry per rule, with an example of what it makes equal.
 */
export interface LetterRule {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly example: string;
}

export const letterRules: readonly LetterRule[] = [
  { name: 'alef with hamza, madda or wasla', from: 'أإآٱٲٳ', to: 'ا', example: 'الأسد = الاسد' },
  { name: 'hamza on waw', from: 'ؤ', to: 'و', example: 'مسؤول = مسوول' },
  { name: 'hamza on yeh', from: 'ئ', to: 'ي', example: 'كتائب = كتايب' },
  { name: 'alef maqsura', from: 'ى', to: 'ي', example: 'يدعى = يدعي' },
  { name: 'teh marbuta', from: 'ة', to: 'ه', example: 'قاعدة = قاعده' },
  { name: 'Persian and Urdu kaf', from: 'کڪ', to: 'ك', example: 'کتائب = كتائب' },
  { name: 'Persian yeh and variants', from: 'یۍېےۑ', to: 'ي', example: 'فیلق = فيلق' },
  { name: 'heh variants', from: 'ۀەھہۃ', to: 'ه', example: 'حماھ = حماه' },
  { name: 'veh, written for v in foreign names', from: 'ڤڥ', to: 'ف', example: 'ڤيكتوريا = فيكتوريا' },
  { name: 'gaf, written for g', from: 'گ', to: 'ك', example: 'گوردن = كوردن' },
  { name: 'peh', from: 'پ', to: 'ب', example: 'پنتاگون = بنتاكون' },
  { name: 'tcheh', from: 'چ', to: 'ج', example: 'چمچمال = جمجمال' },
  { name: 'jeh', from: 'ژ', to: 'ز', example: 'ژنرال = زنرال' },
  { name: 'Arabic-Indic digits', from: '٠١٢٣٤٥٦٧٨٩', to: '0123456789', example: 'البرج ٢٢ = البرج 22' },
  { name: 'Persian digits', from: '۰۱۲۳۴۵۶۷۸۹', to: '0123456789', example: 'البرج ۲۲ = البرج 22' },
  { name: 'Arabic comma, semicolon, question mark', from: '،؛؟', to: ',;?', example: 'حرير، = حرير,' },
];

/**
 * Characters dropped before matching because they belong to the letter before them
 * (vowel marks, Quranic marks, tatweel): a mention's span keeps them.
 * Given as inclusive code-point ranges.
 */
export const attachedMarks: readonly { readonly name: string; readonly ranges: readonly (readonly [number, number])[]; readonly example: string }[] = [
  { name: 'harakat, tanween, shadda, sukun, hamza above/below', ranges: [[0x064b, 0x065f]], example: 'عَيْن الأَسَد = عين الاسد' },
  { name: 'superscript alef', ranges: [[0x0670, 0x0670]], example: 'هٰذا = هذا' },
  { name: 'Quranic annotation marks', ranges: [[0x0610, 0x061a], [0x06d6, 0x06dc], [0x06df, 0x06e4], [0x06e7, 0x06e8], [0x06ea, 0x06ed], [0x08d3, 0x08ff]], example: 'صلىٰ = صلي' },
  { name: 'tatweel (kashida)', ranges: [[0x0640, 0x0640]], example: 'بـ"المقاومة = ب"المقاومة' },
];
