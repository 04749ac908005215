/**
 * Words that make an ordinary word a name. An alias marked `ordinary` in the
 * gazetteer is a mention only with one of these around it (or in quotes).
 * Written as the press writes them; they are normalised (and stripped of clitics)
 * like the text before they are compared.
 */

/** A base name that is an ordinary word needs one of these right before it. */
export const baseTriggers: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'قاعدة', example: 'قاعدة حرير' },
  { word: 'قاعد', example: 'قاعد حرير (the teh marbuta dropped, a common typo)' },
  { word: 'قاعدتي', example: 'قاعدتي عين الأسد وحرير' },
  { word: 'قاعدتا', example: 'قاعدتا التنف والشدادي' },
  { word: 'قواعد', example: 'قواعد التنف' },
  { word: 'قاعدتين', example: 'استهدفت قاعدتين في الرميلان' },
  { word: 'قاعدتان', example: 'قاعدتان في الحسكة' },
  { word: 'كامب', example: 'كامب فيكتوري' },
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
 * Words right after an ordinary base name that make it a name: «حرير الجوية», and a
 * name that the text goes on to call a base («و"القرية الخضراء" هي قاعدة»).
 */
export const baseTriggersAfter: readonly { readonly words: string; readonly example: string }[] = [
  { words: 'الجوية', example: 'قصف حرير الجوية' },
  { words: 'هي قاعدة', example: 'و"القرية الخضراء" هي قاعدة تتبع للتحالف' },
];

/**
 * Words that may stand between a trigger word and the name it introduces
 * («القاعدة الأمريكية "الشدادي"»). Compared without their article and clitics.
 */
export const triggerModifiers: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'أمريكية', example: 'القاعدة الأمريكية الشدادي' },
  { word: 'أمريكي', example: 'قاعدة الاحتلال الأمريكي حرير' },
  { word: 'عسكرية', example: 'قاعدة عسكرية حرير' },
  { word: 'جوية', example: 'القاعدة الجوية الحرير' },
  { word: 'احتلال', example: 'قاعدة الاحتلال حرير' },
  { word: 'تحالف', example: 'قاعدة التحالف حرير' },
  { word: 'دولي', example: 'قاعدة التحالف الدولي حرير' },
  { word: 'تدريب', example: 'معسكر تدريب التاجي' },
];

/**
 * «القاعدة الأمريكية في تل بيدر»: an ordinary base name right after a preposition of
 * place (and perhaps a noun of place) is a name when a trigger word stands a few
 * words earlier in the same clause.
 */
export const locatives: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'في', example: 'القاعدة الأمريكية في تل بيدر' },
  { word: 'قرب', example: 'قاعدة للتحالف قرب الشدادي' },
];
export const placeNouns: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'منطقة', example: 'قاعدة للتحالف الدولي في منطقة الشدادي' },
  { word: 'بلدة', example: 'القاعدة الأمريكية في بلدة الشدادي' },
  { word: 'قرية', example: 'القاعدة الأمريكية في قرية روباربا' },
  { word: 'مدينة', example: 'القاعدة الأمريكية في مدينة الشدادي' },
  { word: 'ناحية', example: 'قاعدة في ناحية حرير' },
  { word: 'محيط', example: 'قواعد أمريكية في محيط الركبان' },
  { word: 'عاصمة', example: 'السفارة الأمريكية في العاصمة العراقية' },
  { word: 'حي', example: 'السفارة الأمريكية في حي محصن' },
];
/** How many words before the preposition the trigger word may stand. */
export const locativeWindowWords = 6;

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

/**
 * Words that place a building in a country or city: a generic name such as «السفارة
 * الأمريكية» followed by one of these and another place is another building.
 */
export const placeLocatives: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'لدى', example: 'السفارة الأمريكية لدى لبنان' },
  { word: 'من', example: 'نقل السفارة الأمريكية من تل أبيب' },
  { word: 'الى', example: 'نقل السفارة الأمريكية إلى القدس' },
];

/**
 * Given names that, right before a one-word name, make it a person's family name:
 * «عبدالملك الحوثي» is the Houthis' leader, not the group; «موفق بدر السلطي» is a
 * pilot, not the Badr Organization. Not «علي»: folded, it is the preposition «على»
 * («الهجوم على التنف»).
 */
export const givenNames: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'عبدالملك', example: 'عبدالملك الحوثي' },
  { word: 'الملك', example: 'عبد الملك الحوثي' },
  { word: 'حسين', example: 'حسين الحوثي' },
  { word: 'يحيى', example: 'يحيى الحوثي' },
  { word: 'محمد', example: 'محمد علي الحوثي' },
  { word: 'بدر', example: 'بدر الدين الحوثي' },
  { word: 'موفق', example: 'موفق بدر السلطي' },
  { word: 'مقتدى', example: 'مقتدى الصدر' },
];

/**
 * Places elsewhere: a generic name such as «السفارة الأمريكية» followed by one of these
 * (after «في», «لدى», «من», «إلى», perhaps a noun of place) is another building:
 * «السفارة الأمريكية في بيروت», «نقل السفارة الأمريكية من تل أبيب», «… في العاصمة
 * اللبنانية». Any other words after it («في وسط العاصمة العراقية», «قرب عدد من
 * المعتصمين») leave the name standing.
 */
export const foreignPlaces: readonly { readonly word: string; readonly example: string }[] = [
  ...['بيروت', 'لبنان', 'اللبنانية', 'تل', 'إسرائيل', 'الإسرائيلية', 'القدس', 'دمشق', 'سوريا', 'سورية', 'السورية', 'عمان', 'الأردن', 'الأردنية',
    'الكويت', 'الكويتية', 'الرياض', 'السعودية', 'أنقرة', 'تركيا', 'التركية', 'طهران', 'إيران', 'الإيرانية', 'القاهرة', 'مصر', 'المصرية', 'صنعاء',
    'اليمن', 'اليمنية', 'الدوحة', 'قطر', 'القطرية', 'أبوظبي', 'الإمارات', 'الإماراتية', 'المنامة', 'البحرين', 'البحرينية', 'مسقط', 'كابل',
    'أفغانستان', 'باكستان', 'إسلام', 'موسكو', 'روسيا', 'كييف', 'أوكرانيا', 'الخرطوم', 'السودان', 'طرابلس', 'ليبيا', 'تونس', 'الجزائر', 'الرباط',
    'المغرب', 'نيروبي', 'كينيا', 'لندن', 'باريس', 'برلين', 'بكين', 'واشنطن', 'نيويورك']
    .map((word) => ({ word, example: `السفارة الأمريكية في ${word}` })),
];
