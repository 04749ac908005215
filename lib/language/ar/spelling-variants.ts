/**
 * Spellings that vary inside words, beyond single letters. Each alias is also
 * matched with every variant applied (written as the press writes them; compared
 * after normalisation).
 */
export const spellingVariants: readonly { readonly a: string; readonly b: string; readonly example: string }[] = [
  { a: 'أمريك', b: 'أميرك', example: 'القاعدة الأمريكية = القاعدة الأميركية' },
  { a: 'ديمقراط', b: 'ديموقراط', example: 'قوات سوريا الديمقراطية = الديموقراطية' },
  { a: 'سوريا', b: 'سورية', example: 'جيش سوريا الحرة = جيش سورية الحرة' },
];
