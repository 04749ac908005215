/**
 * Words that make an ordinary word a name. An alias marked `ordinary` in the
 * gazetteer is a mention only with one of these around it (or in quotes).
 * Written as the press writes them; they are normalised (and stripped of clitics)
 * like the text before they are compared.
 */

/** A base name that is an ordinary word needs one of these right before it. */
export const baseTriggers: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'قاعدة', example: 'قاعدة حرير' },
  { word: 'قاعدتي', example: 'قاعدتي عين الأسد وحرير' },
  { word: 'قاعدتا', example: 'قاعدتا التنف والشدادي' },
  { word: 'قواعد', example: 'قواعد التنف' },
  { word: 'مطار', example: 'مطار حرير' },
  { word: 'مطاري', example: 'مطاري أربيل وحرير' },
  { word: 'معسكر', example: 'معسكر التاجي' },
  { word: 'معسكري', example: 'معسكري التاجي وبسماية' },
  { word: 'حقل', example: 'حقل العمر' },
  { word: 'حقلي', example: 'حقلي العمر وكونيكو' },
  { word: 'ثكنة', example: 'ثكنة التنف' },
  { word: 'حامية', example: 'حامية التنف' },
  { word: 'مهبط', example: 'مهبط الشدادي' },
  { word: 'منشأة', example: 'منشأة كونيكو' },
  { word: 'مجمع', example: 'مجمع السفارة' },
];

/**
 * A militia name that is an ordinary word needs one of these among the few words
 * before it (within the same sentence).
 */
export const militiaCues: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'فصيل', example: 'فصيل الثوريون' },
  { word: 'فصائل', example: 'فصائل النجباء والعصائب' },
  { word: 'جماعة', example: 'جماعة أصحاب الكهف' },
  { word: 'جماعات', example: 'جماعات مثل الثوريون' },
  { word: 'مجموعة', example: 'مجموعة ربع الله' },
  { word: 'حركة', example: 'حركة حماس' },
  { word: 'تنظيم', example: 'تنظيم الوارثين' },
  { word: 'ميليشيا', example: 'ميليشيا النجباء' },
  { word: 'مليشيا', example: 'مليشيا النجباء' },
  { word: 'ميليشيات', example: 'ميليشيات الحشد' },
  { word: 'مليشيات', example: 'مليشيات الحشد' },
  { word: 'يدعى', example: 'فصيل جديد يدعى الثوريون' },
  { word: 'تدعى', example: 'جماعة تدعى أصحاب الكهف' },
  { word: 'يسمى', example: 'ما يسمى ربع الله' },
  { word: 'تسمى', example: 'ما تسمى أصحاب الكهف' },
  { word: 'المسماة', example: 'الجماعة المسماة أصحاب الكهف' },
  { word: 'المسمى', example: 'الفصيل المسمى الثوريون' },
  { word: 'اسم', example: 'يطلق على نفسه اسم الثوريون' },
  { word: 'باسم', example: 'المعروف باسم ربع الله' },
];

/** How many words before a militia name a cue may stand. */
export const cueWindowWords = 3;
