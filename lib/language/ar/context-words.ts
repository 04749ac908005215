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
  // Not «مجمع» (a compound): Baghdad's compounds carry the names of battles and places
  // («مجمع القادسية في المنطقة الخضراء», seen at http://www.x2z2.com/vb/t976908.html, is no base).
  // Measured on 226 real passages: it made 1 false hit and found no real mention.
];

/**
 * Trigger words with a possessive suffix, referring to a base already known (the
 * occupier's bases): «وقواعدها في الحبانية» names the place they are in. Only the
 * preposition rule reads them («قواعدها في X»), never a noun of place after them
 * («قاعدته في بلدة الشدادي» is the town). Seen at
 * https://shiawaves.com/arabic/news/4223-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A%D8%A9-%D8%AA%D8%A8%D9%86%D9%8A-%D9%82%D8%A7%D8%B9%D8%AF%D8%AA%D9%8A%D9%86-%D8%AC%D8%AF%D9%8A%D8%AF%D8%AA%D9%8A
 * Measured on 226 real passages: 1 more real mention, none false.
 */
export const referringTriggers: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'قواعدها', example: 'القوات الأمريكية وقواعدها العسكرية في الحبانية' },
  { word: 'قواعده', example: 'التحالف وقواعده في الحبانية' },
  { word: 'قواعدهم', example: 'الأمريكيون وقواعدهم في الحبانية' },
  { word: 'قاعدتها', example: 'القوات الأمريكية وقاعدتها في التنف' },
  { word: 'قاعدته', example: 'التحالف وقاعدته في التنف' },
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
  // Whose base it is: «قاعدة الجيش الأمريكي في مدينة /الشدادي/» (SANA's style, copied at
  // https://darelhilal.com/News/2136226.aspx), as «قاعدة الاحتلال» is already read.
  { word: 'جيش', example: 'قاعدة الجيش الأمريكي في مدينة الشدادي' },
  // What a field holds: «حقل غاز كونيكو» (https://radioalkul.com/?p=479390), «حقل نفط العمر».
  // Measured on 278 real passages: 2 more real mentions, none false.
  { word: 'غاز', example: 'سقطت قذيفة في حقل غاز كونيكو' },
  { word: 'نفط', example: 'قصف حقل نفط العمر' },
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

/**
 * Words right after a group's ordinary name that make it the group: a verb it is the
 * subject of, as headlines write («أصحاب الكهف تستهدف» in a headline at
 * http://www.sotaliraq.com/2020/08/12/%d8%a3%d8%b5%d8%ad%d8%a7%d8%a8-%d8%a7%d9%84%d9%83%d9%87%d9%81-%d8%aa%d8%b3%d8%aa%d9%87%d8%af%d9%81-%d9%85%d8%b9%d8%af%d8%a7%d8%aa-%d8%a7%d9%84%d8%aa%d8%ad%d8%a7%d9%84%d9%81-%d8%a7%d9%84%d8%af%d9%88/; «النجباء تتوعد» at https://central-media.net/35096/599), or a cue in parentheses
 * after it («أنصار الله (مليشيا الحوثي)», https://alwatannews.net/ampArticle/714141).
 * Compared without clitics. Measured on 226 real passages: 2 more real mentions (with the
 * English list, 4), none false.
 */
export const militiaCuesAfter: readonly { readonly word: string; readonly example: string }[] = [
  ...['تستهدف', 'يستهدف', 'استهدفت', 'تتبنى', 'يتبنى', 'تبنت', 'تتوعد', 'يتوعد', 'توعدت', 'تهدد', 'يهدد', 'هددت', 'تقصف', 'قصفت', 'تهاجم', 'هاجمت']
    .map((word) => ({ word, example: `أصحاب الكهف ${word} قاعدة` })),
  ...['مليشيا', 'ميليشيا', 'جماعة', 'حركة', 'فصيل'].map((word) => ({ word, example: `أنصار الله (${word} الحوثي)` })),
];

/**
 * Verbs that say where something lies («تقع القاعدة في منطقة الأزرق»): the place after
 * them is the town the base is in, not the base. Measured on 226 real passages: 3 false
 * hits prevented (the town of al-Azraq twice, Harir once), no real mention lost.
 * The form was seen at https://alkhanadeq.com/post/1946/لماذا-تتمركز-أمريكا-في-قاعدة-موفق-السلطي-الأردنية (the base «تقع» in the al-Azraq area).
 */
export const locationVerbs: readonly { readonly word: string; readonly example: string }[] = [
  ...['تقع', 'يقع', 'الواقعة', 'الواقع', 'تتموضع', 'يتموضع'].map((word) => ({ word, example: `${word} القاعدة في منطقة الأزرق` })),
];

/**
 * Names whose ordinary sense the next or previous word shows. «حماس» is also
 * enthusiasm: «إشعال حماس المدرجات» (igniting the stands' enthusiasm), «حماس
 * الجماهير»; the movement is never the object of «إشعال» nor followed by a crowd.
 * Seen in sports news at https://ksawinwin.com/?p=47148. Measured on 226 real
 * passages: 1 false hit prevented, no real mention lost; the entries for «النصر»,
 * «العمر» and «بلد» (traps written for the tests) change nothing on the 299 real ones.
 */
export const ordinaryReadings: readonly {
  readonly name: string;
  readonly meaning: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  /**
   * Words before the name that show its ordinary sense for the whole text: «نادي النصر»
   * makes «معسكر النصر» in the same text the club's training camp, not the base.
   */
  readonly throughout?: readonly string[];
  readonly example: string;
}[] = [
  {
    name: 'حماس',
    meaning: 'enthusiasm',
    before: ['إشعال', 'أشعل', 'يشعل', 'تشعل', 'ألهب', 'يلهب', 'إلهاب', 'إثارة', 'أثار', 'يثير', 'تثير', 'فتور', 'شدة', 'بث', 'يبث', 'زاد', 'يزيد', 'رفع', 'يرفع'],
    after: ['الجماهير', 'الجمهور', 'الجماهيري', 'المشجعين', 'الجماهيرى', 'اللاعبين', 'المدرجات', 'مدرجات', 'الشباب', 'الطلاب', 'كبير', 'شديد', 'زائد', 'منقطع'],
    example: 'أشعل الهدف حماس الجماهير في الملعب',
  },
  {
    // The Saudi club after a trigger word: «معسكر النصر الإعدادي» is its training camp
    // (sports pages write it so, e.g. https://arriyadiyah.com/amp/556608 for its camp).
    name: 'النصر',
    meaning: 'victory; Al-Nassr, the Saudi club',
    before: ['نادي', 'فريق', 'جماهير', 'جمهور', 'لاعب', 'لاعبو', 'لاعبي', 'مدرب', 'رئيس', 'إدارة', 'مباراة', 'ديربي'],
    after: ['الإعدادي', 'التدريبي', 'الصيفي', 'الشتوي', 'السعودي', 'الرياضي', 'الأول'],
    // A text that names the club names its camp too: «3 دول تستضيف معسكر النصر» heads an
    // article on «نادي النصر السعودي» (https://twaslnews.com/365scores/1319343).
    throughout: ['نادي', 'فريق', 'لاعبو', 'لاعبي', 'مدرب', 'جماهير', 'جمهور'],
    example: 'انطلق معسكر النصر الإعدادي في النمسا',
  },
  {
    // Age: «العمر الزمني», «متوسط العمر».
    name: 'العمر',
    meaning: 'age',
    before: ['متوسط', 'سن', 'مقتبل', 'طول', 'فارق', 'فئة', 'فئات'],
    after: ['الزمني', 'الافتراضي', 'المتوقع', 'المديد', 'العقلي'],
    example: 'يقاس في هذا حقل العمر الزمني للطالب',
  },
  {
    // A build-up or a crowd: «الحشد العسكري الأمريكي», «الحشد الجماهيري», also in a text
    // that names the Popular Mobilization Forces (whose bare «الحشد» one sense per text licenses).
    name: 'الحشد',
    meaning: 'a crowd; a build-up',
    before: [],
    after: ['العسكري', 'الجماهيري', 'البشري', 'الإعلامي', 'الدولي', 'الكبير', 'الضخم', 'الأمريكي', 'الإسرائيلي', 'البحري'],
    example: 'قال الحشد الشعبي إنه جاهز، في ظل الحشد العسكري الأمريكي في المنطقة',
  },
  {
    // A person or the full moon: «الأمير الشاعر بدر بن عبدالمحسن», «ليلة البدر», «والبدر مكتمل»
    // (seen together at https://www.hiamag.com/%D9%85%D8%B4%D8%A7%D9%87%D9%8A%D8%B1/%D9%86%D8%AC%D9%88%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8/1048046-%D9%85%D9%88%D8%B3%D9%85-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6-%D9%8A%D8%AD%D8%AA%D8%B6%D9%86-%D9%84%D9%8A%D9%84%D8%A9-%D8%A7%D9%84%D8%A8%D8%AF%D8%B1-%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AB%D9%86%D8%A7%D8%A6%D9%8A%D8%A9-%D9%84%D8%AA%D9%83%D8%B1%D9%8A%D9%85-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1-%D8%A8%D8%AF%D8%B1-%D8%A8%D9%86-%D8%B9%D8%A8%D8%AF%D8%A7%D9%84%D9%85%D8%AD%D8%B3%D9%86,
    // where «اسم "ليلة البدر"» had made all seven Badr), «البدر الشيعي» (https://alwatannews.net/ampArticle/714141).
    // The organisation is never the son of anyone, nor a night, nor full.
    name: 'بدر',
    meaning: 'the full moon; a given name',
    before: ['ليلة', 'ليالي', 'الأمير', 'الشاعر', 'الفنان', 'الشيخ', 'اللاعب', 'الدكتور', 'المهندس', 'السيد', 'الأستاذ', 'اكتمال', 'ضوء', 'نور'],
    after: ['بن', 'ابن', 'بنت', 'الدين', 'مكتمل', 'المنير', 'التمام', 'الشيعي', 'السماء'],
    example: 'أحيا الفنان حفلا في ليلة البدر تكريما للأمير بدر بن عبدالمحسن',
  },
  {
    // «العديد من» is "many of": «القاعدة لعبت دورا في العديد من العمليات» (seen at
    // http://eljedidnews.info/ar/node/8558, where the base is named a few words before) is no base.
    name: 'العديد',
    meaning: 'many',
    before: [],
    after: ['من'],
    example: 'لعبت القاعدة دورا في العديد من العمليات',
  },
  {
    // A country: «قاعدة بلد المنشأ» is the rule of the country of origin.
    name: 'بلد',
    meaning: 'country',
    before: ['أي', 'كل'],
    after: ['المنشأ', 'المنشا', 'المضيف', 'الأصل', 'المقصد', 'عربي', 'آخر', 'واحد', 'إسلامي'],
    example: 'تطبق الجمارك قاعدة بلد المنشأ',
  },
];

/**
 * A bare «حزب الله» in a text about Kata'ib Hezbollah that never mentions Lebanon is
 * the Iraqi group: Gulf outlets write «ميليشيا حزب الله» for it (seen at
 * https://akhbaralaan.net/news/arab-world/2019/12/30/%d9%85%d9%8a%d9%84%d9%8a%d8%b4%d9%8a%d8%a7-%d8%ad%d8%b2%d8%a8-%d8%a7%d9%84%d9%84%d9%87-%d8%b0%d8%b1%d8%a7%d8%b9-%d8%a5%d9%8a%d8%b1%d8%a7%d9%86-%d9%81%d9%8a-%d8%a7%d9%84%d8%b9%d8%b1%d8%a7%d9%82). Measured on 226 real passages:
 * 3 mentions given the right entity, none the wrong one (the two texts naming both
 * groups name Lebanon).
 */
export const textSenses: readonly {
  readonly forms: readonly string[];
  readonly usually: string;
  readonly means: string;
  readonly unless: readonly string[];
  /** Phrases, as written, that show the other sense without naming it («قال حزب الله في العراق في بيان», https://khaleejeyes.com/news/me/%d8%a7%d8%b3%d8%aa%d9%87%d8%af%d9%81%d9%86%d8%a7-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%b1%d9%85%d9%8a%d9%84%d8%a7%d9%86-%d8%a7%d9%84%d8%a3%d9%85%d9%8a%d8%b1%d9%83%d9%8a%d8%a9-%d9%81%d9%8a-%d8%b3%d9%88). */
  readonly shownBy: readonly string[];
  readonly example: string;
  readonly shownExample: string;
}[] = [
  {
    forms: ['حزب الله'],
    usually: 'lebanese-hezbollah',
    means: 'kataib-hezbollah',
    // As written (looked for in the text unfolded): «لبنان» also covers «لبناني», «اللبنانية».
    unless: ['لبنان', 'لبناني', 'نصر الله', 'نصرالله', 'بيروت', 'الضاحية'],
    shownBy: ['حزب الله في العراق', 'حزب الله بالعراق'],
    example: 'قصفت واشنطن مواقع كتائب حزب الله قرب القائم، وتوعد حزب الله بالرد',
    shownExample: 'قال حزب الله في العراق في بيان إن مقاتليه استهدفوا قاعدة رميلان',
  },
];

/**
 * A base name that the text calls a village or town right where it names it («عين
 * الأسد، وهي قرية» in the Galilee, seen at
 * https://dhc.org.il/ar/%D8%B9%D9%8A%D9%86-%D8%A7%D9%84%D8%A3%D8%B3%D8%AF/, is not the base) is that place wherever the text writes it
 * without a trigger word. Measured on 266 real passages: 3 false hits prevented, no
 * real mention lost.
 */
export const townApposition = {
  pattern: /["”»]?\s*[،,]?\s*و?(?:هي|هو)\s+(?:قرية|بلدة|مدينة|بلده|ناحية)(?![\u0621-\u064a])/uy,
  example: 'زرنا عين الأسد، وهي قرية في الجليل، وسكانها',
} as const;

/**
 * Titles of a person: a name right after one is that person, not the base named after
 * him («الشهيد الطيار موفق السلطي», seen at https://alkhanadeq.com/post/1946/لماذا-تتمركز-أمريكا-في-قاعدة-موفق-السلطي-الأردنية). Not
 * «اللواء» (also a brigade) nor «الشهيد» (the base is «قاعدة الشهيد موفق السلطي»).
 * Measured on 266 real passages: 1 false hit prevented, no real mention lost.
 */
export const personTitles: readonly { readonly word: string; readonly example: string }[] = [
  ...['الطيار', 'النقيب', 'الملازم', 'الرائد', 'المقدم', 'العقيد', 'العميد', 'الفريق', 'الأمير', 'الشيخ'].map((word) => ({ word, example: `${word} موفق السلطي` })),
];

/**
 * Facilities named after the same place as a base: «معبر "التنف"» is the border
 * crossing opposite al-Waleed, reopened for trade (seen at
 * https://www.asianewslb.com/?id=189762&page=article), not the garrison.
 */
export const namesakeFacilities: readonly { readonly word: string; readonly example: string }[] = [
  ...['معبر', 'منفذ'].map((word) => ({ word, example: `أعيد فتح ${word} التنف الحدودي أمام الشاحنات` })),
];

/**
 * Words right after a name that make the trigger word before it figurative: a support
 * base («قاعدة الأسد الشعبية», «قاعدة النصر الجماهيرية»), a foundation («قاعدة التقدم
 * العلمي»). Written for the tests from how Arabic politics and sports pages use «قاعدة»
 * (e.g. «قاعدة جماهيرية» at https://arriyadiyah.com/amp/556608); no real mention lost
 * on 299 real passages.
 */
export const figurativeAfter: readonly { readonly word: string; readonly example: string }[] = [
  ...['الشعبية', 'الجماهيرية', 'الانتخابية', 'الاجتماعية', 'الحزبية', 'العلمي', 'العلمية', 'الصناعية', 'الاقتصادية', 'الفكرية']
    .map((word) => ({ word, example: `تآكلت قاعدة الأسد ${word}` })),
];

/**
 * Attack words: an ordinary base name a few words after one of them, in the same
 * sentence, is the base attacked («استهدفت طائرة مسيّرة حرير»), in a text that already
 * names a base or a group of this conflict (a football report's «هجوم النصر» names
 * none). Forms seen: a suicide drone that «استهدفت … القرية الخضراء» at
 * https://alrai-iq.com/2024/02/28/688244, a drone attack «في تل بيدر» at
 * https://ngmisr.com/world-news/.
 * Compared without clitics; `attackWindowWords` words at most between the word and the name.
 */
export const attackWords: readonly { readonly word: string; readonly example: string }[] = [
  ...['استهدفت', 'استهدف', 'تستهدف', 'يستهدف', 'استهداف', 'قصفت', 'قصف', 'تقصف', 'يقصف', 'هاجمت', 'هاجم', 'تهاجم', 'يهاجم', 'هجوم', 'هجوما', 'هجمات', 'ضربت', 'سقطت', 'سقط']
    .map((word) => ({ word, example: `في بيان للمقاومة الإسلامية في العراق: ${word} طائرة مسيرة حرير` })),
];
export const attackWindowWords = 5;

