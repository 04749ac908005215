/**
 * How the Arabic press introduces an armed group it has not named before: the cue
 * phrases after which the words are a group's name (lib/engine/candidates.ts reads
 * them). Written as the press writes them; they are folded like the text before
 * they are compared. In a phrase (a cue may have several), words are separated by spaces, `|` separates the
 * forms one word may take, a trailing `?` makes a word optional, `{group}` is any
 * of `groupNouns` (with the proclitics of `groupNounPrefixes`) and `{gap}` up to
 * three other words (an adjective or two: «فصيل مسلح جديد»).
 */
import type { CandidateCueSet } from '../../engine/candidate-rules';

export const arabicCandidateCues: CandidateCueSet = {
  lang: 'ar',
  // With the accusative forms the press writes after a verb («أعلنت تشكيلها فصيلا»).
  groupNouns: ['فصيل', 'فصائل', 'جماعة', 'مجموعة', 'تنظيم', 'حركة', 'ميليشيا', 'مليشيا', 'جهة', 'تشكيل', 'كيان', 'خلية', 'فصيلا', 'تنظيما', 'تشكيلا', 'كيانا'],
  groupNounPrefixes: ['', 'ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ف', 'فال'],
  cuePrefixes: ['', 'و', 'ف'],
  cues: [
    {
      name: 'a group calls itself',
      phrases: ['{group} {gap} يطلق|تطلق|أطلق|أطلقت|يطلقون|أطلقوا على نفسه|نفسها|نفسهم|أنفسهم اسم|تسمية? {group}?'],
      bare: true,
      example: 'ظهر فصيل جديد يطلق على نفسه "سرايا الفجر الأحمر" وتبنى الهجوم',
      expected: 'سرايا الفجر الأحمر',
    },
    {
      name: 'a group names itself',
      phrases: ['{group} {gap} تسمي|يسمي|سمت|سمى نفسها|نفسه'],
      bare: true,
      example: 'جماعة تسمي نفسها كتائب الغضب الأزرق تبنت القصف',
      expected: 'كتائب الغضب الأزرق',
    },
    {
      name: 'a group called',
      phrases: ['{group} {gap} تدعى|يدعى|تسمى|يسمى|المسماة|المسمى|اسمها|اسمه'],
      bare: true,
      example: 'أعلنت جماعة تدعى «أنصار الجسر الغربي» مسؤوليتها',
      expected: 'أنصار الجسر الغربي',
    },
    {
      name: 'a group known as',
      phrases: ['{group} {gap} تعرف|يعرف|المعروفة|المعروف|تحمل|يحمل باسم|اسم'],
      bare: true,
      example: 'فصيل مسلح يحمل اسم لواء الصقر الرمادي',
      expected: 'لواء الصقر الرمادي',
    },
    {
      name: 'a name for itself',
      phrases: ['لنفسه|لنفسها|لأنفسهم باسم|اسم'],
      bare: true,
      example: 'الفصيل الجديد، الذي يروج لنفسه باسم "حراس النهر الثالث"، أصدر بيانا',
      expected: 'حراس النهر الثالث',
    },
    {
      name: 'a group under the name',
      phrases: ['{group} {gap} تحت مسمى|اسم'],
      bare: false,
      example: 'تشكيل فصيل مسلح جديد تحت مسمّى «كتائب الجسر الغربي»',
      expected: 'كتائب الجسر الغربي',
    },
    {
      name: 'a group claims',
      phrases: ['أعلنت|أعلن {group}'],
      bare: true,
      bareBefore: ['المسؤولية', 'مسؤوليتها', 'مسؤوليته', 'مسؤولية', 'تبنيها', 'تبنيه'],
      example: 'وأعلنت جماعة رايات الوادي البعيد المسؤولية عن الهجوم',
      expected: 'رايات الوادي البعيد',
    },
    {
      name: 'a formation it named',
      phrases: ['تشكيل|تأسيس|إطلاق|ولادة ما سموه|سمته|سماه|أسموه|أسمته|أسماه|يسمى|تسمى|أطلق|أطلقوا|أطلقت'],
      bare: false,
      example: 'أعلنت مجموعة من المسلحين تشكيل ما سمّته بـ"حراس النهر الثالث"',
      expected: 'حراس النهر الثالث',
    },
    {
      name: 'a quoted name claims',
      phrases: ['تبنت|تبنى|تتبنى|يتبنى {group}?'],
      bare: false,
      example: 'وتبنت "حراس النهر الثالث" الهجوم',
      expected: 'حراس النهر الثالث',
    },
    {
      name: 'a new group, quoted',
      phrases: ['{group} جديد|جديدة|مجهول|مجهولة|ناشئ|ناشئة'],
      bare: false,
      example: 'فصيل جديد «رايات الوادي البعيد» يهدد القوات الأمريكية',
      expected: 'رايات الوادي البعيد',
    },
  ],
  // After a cue, an unquoted name ends before one of these words or a word starting with
  // «و» + one of them: a verb or preposition goes on with the sentence.
  stopWords: [
    'في', 'على', 'عن', 'من', 'إلى', 'الى', 'مع', 'ضد', 'بعد', 'قبل', 'خلال', 'عبر', 'منذ', 'حتى', 'لدى', 'نحو',
    'نفسه', 'نفسها', 'التي', 'الذي', 'الذين', 'اللواتي', 'إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'قد', 'لقد', 'ما', 'لا', 'لم', 'لن', 'هو', 'هي', 'هم',
    'تبنى', 'تبنت', 'يتبنى', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'قال', 'قالت', 'يقول', 'تقول', 'أكد', 'أكدت', 'هدد', 'هددت', 'يهدد', 'تهدد',
    'استهدف', 'استهدفت', 'يستهدف', 'تستهدف', 'نشر', 'نشرت', 'بث', 'بثت', 'ظهر', 'ظهرت', 'يضم', 'تضم', 'تتبع', 'يتبع', 'مسؤولية', 'مسؤوليتها', 'مسؤوليته',
    'الهجوم', 'هجوم', 'هجمات', 'الهجمات', 'بيان', 'بيانا', 'عبر', 'حيث', 'كما', 'أيضا', 'بينما', 'وهي', 'وهو',
  ],
  // A name made only of these words is a description, not a name («جماعة تدعى "المقاومة"»).
  genericWords: [
    'فصيل', 'فصائل', 'جماعة', 'جماعات', 'مجموعة', 'مجموعات', 'تنظيم', 'حركة', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات', 'جهة', 'جهات',
    'مسلح', 'مسلحة', 'مسلحون', 'المسلحة', 'جديد', 'جديدة', 'مجهول', 'مجهولة', 'غير', 'معروف', 'معروفة', 'عراقي', 'عراقية', 'سوري', 'سورية',
    'شيعي', 'شيعية', 'موال', 'موالية', 'وهمي', 'وهمية', 'غامض', 'غامضة', 'صغير', 'صغيرة', 'متطرف', 'متطرفة', 'متشدد', 'متشددة',
    'إرهابي', 'إرهابية', 'جهادي', 'جهادية', 'سري', 'سرية', 'ناشئ', 'ناشئة', 'آخر', 'أخرى', 'لإيران', 'إيران', 'مدعوم', 'مدعومة', 'إيرانيا', 'المقاومة', 'مقاومة', 'الإسلامية', 'إسلامية', 'العراقية', 'السورية',
  ],
  connectors: [],
};
