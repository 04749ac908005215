/**
 * npx tsx scripts/fill-arabic-fields.ts [--check]
 *
 * Gives every English field a view shows its Arabic, from the reviewed tables
 * below: an attribution's `by` its `by_ar`, a casualties `note` its `note_ar`, an
 * aggregate's `by` its `by_ar`, a base's `hosted` its `hosted_ar`. It fills only
 * what is missing (an Arabic already in the data is never overwritten), writes each
 * file back in one go (2-space JSON, trailing newline), and lists the English
 * values it has no Arabic for: add them to the tables (notes in our own words, not
 * a source's) and run it again. With --check it writes nothing and exits 1 when
 * something is missing. data:build (checkArabicFields) refuses a dataset with gaps.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from './data-files';

/** Who blamed a group (`attributed_to[].by`) and who gave a count (aggregates' `by`). */
export const BY_AR: ReadonlyMap<string, string> = new Map([
  ["United States government", "الحكومة الأمريكية"],
  ["US government", "الحكومة الأمريكية"],
  ["US officials", "مسؤولون أمريكيون"],
  ["US officials (Pentagon)", "مسؤولون أمريكيون (البنتاغون)"],
  ["US Department of Defense", "وزارة الدفاع الأمريكية"],
  ["US Department of Defense (Deputy Press Secretary Sabrina Singh)", "وزارة الدفاع الأمريكية (نائبة السكرتير الصحفي سابرينا سينغ)"],
  ["US Department of Defense (deputy press secretary Sabrina Singh)", "وزارة الدفاع الأمريكية (نائبة السكرتير الصحفي سابرينا سينغ)"],
  ["US Department of Defense (press secretary Pat Ryder)", "وزارة الدفاع الأمريكية (السكرتير الصحفي بات رايدر)"],
  ["US Department of Defense (official speaking to Kurdistan 24)", "وزارة الدفاع الأمريكية (مسؤول تحدث إلى كوردستان24)"],
  ["US Department of Defense (senior official briefing reporters)", "وزارة الدفاع الأمريكية (مسؤول كبير في إحاطة للصحفيين)"],
  ["US Department of Defense (official speaking to Military Times)", "وزارة الدفاع الأمريكية (مسؤول تحدث إلى ميليتري تايمز)"],
  ["US Secretary of Defense Lloyd Austin", "وزير الدفاع الأمريكي لويد أوستن"],
  ["US Department of State", "وزارة الخارجية الأمريكية"],
  ["US Central Command", "القيادة المركزية الأمريكية"],
  ["US Central Command / Defense Secretary Pete Hegseth (Iranian strike)", "القيادة المركزية الأمريكية / وزير الدفاع بيت هيغسيث (ضربة إيرانية)"],
  ["White House", "البيت الأبيض"],
  ["Pentagon", "البنتاغون"],
  ["Kurdistan Regional Government Interior Ministry", "وزارة داخلية حكومة إقليم كردستان"],
  ["Kurdistan Region Ministry of Interior", "وزارة داخلية إقليم كردستان"],
  ["Kurdistan Regional Government (official figures)", "حكومة إقليم كردستان (أرقام رسمية)"],
  ["Erbil Governor Omed Khoshnaw", "محافظ أربيل أوميد خوشناو"],
  ["a security official quoted by The Washington Post (likely)", "مسؤول أمني نقلت عنه واشنطن بوست (على الأرجح)"],
  ["UAE Ministry of Defence", "وزارة الدفاع الإماراتية"],
  ["Qatar Ministry of Defence", "وزارة الدفاع القطرية"],
  ["Qatar Ministry of Foreign Affairs (spokesman Majed al-Ansari)", "وزارة الخارجية القطرية (المتحدث ماجد الأنصاري)"],
  ["Kuwait Ministry of Defence (spokesman Col. Saud Al-Atwan)", "وزارة الدفاع الكويتية (المتحدث العقيد سعود العطوان)"],
  ["Bahrain Defence Force General Command", "القيادة العامة لقوة دفاع البحرين"],
  ["Gulf Cooperation Council states (official data, as reported by Anadolu)", "دول مجلس التعاون الخليجي (بيانات رسمية نقلتها الأناضول)"],
  ["Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان"],
  ["Syrian Observatory for Human Rights (via dpa)", "المرصد السوري لحقوق الإنسان (عبر وكالة الأنباء الألمانية)"],
  ["Syrian Observatory for Human Rights (via Al-Araby Al-Jadeed)", "المرصد السوري لحقوق الإنسان (عبر العربي الجديد)"],
  ["Bahrain Defence Force (via the National Communication Centre)", "قوة دفاع البحرين (عبر المركز الوطني للاتصال)"],
  ["Bahrain Defence Force", "قوة دفاع البحرين"],
  ["Community Peacemaker Teams (CPT), via Shafaq News", "فرق صانعي السلام المجتمعية (CPT)، عبر شفق نيوز"],
  ["Anadolu Agency tally", "إحصاء وكالة الأناضول"],
]);

/** The forces a base hosts (`hosted`). */
export const HOSTED_AR: ReadonlyMap<string, string> = new Map([
  ["United States", "الولايات المتحدة"],
  ["United States (contractors)", "الولايات المتحدة (متعاقدون)"],
  ["Global Coalition against Daesh", "التحالف الدولي ضد داعش"],
  ["NATO Mission Iraq", "بعثة الناتو في العراق"],
  ["United Kingdom", "المملكة المتحدة"],
  ["Canada", "كندا"],
  ["Spain", "إسبانيا"],
  ["France", "فرنسا"],
  ["Italy", "إيطاليا"],
  ["Australia", "أستراليا"],
  ["Romania", "رومانيا"],
  ["Poland", "بولندا"],
  ["Germany", "ألمانيا"],
  ["Netherlands", "هولندا"],
  ["Norway", "النرويج"],
  ["Denmark", "الدنمارك"],
  ["Turkey", "تركيا"],
]);

/** Casualty notes (`casualties.note`), translated in our own words. */
export const NOTE_AR: ReadonlyMap<string, string> = new Map([
  ["Iraqi military and US CENTCOM: no losses, no US or coalition casualties",
   "الجيش العراقي والقيادة المركزية الأمريكية: لا خسائر، ولا إصابات بين الأمريكيين أو قوات التحالف"],
  ["Iraqi military: no casualties; small brush fires put out",
   "الجيش العراقي: لا إصابات، وأُخمدت حرائق صغيرة في الأعشاب"],
  ["coalition: no coalition or partner force casualties",
   "التحالف: لا إصابات بين قوات التحالف أو القوات الشريكة"],
  ["officials: no casualties",
   "مسؤولون: لا إصابات"],
  ["The Nineveh Operations Command called the incident accidental and said three ISIS members were killed in return fire.",
   "وصفت قيادة عمليات نينوى الحادث بأنه عرضي، وقالت إن ثلاثة من عناصر داعش قُتلوا بنيران الرد."],
  ["Iraqi Counter-Terrorism Service members",
   "عناصر من جهاز مكافحة الإرهاب العراقي"],
  ["1 US civilian contractor killed; 4 US service members and 2 Iraqi security personnel wounded",
   "مقتل متعاقد مدني أمريكي وإصابة 4 عسكريين أمريكيين و2 من عناصر الأمن العراقيين"],
  ["police sources; the three rockets fell in Baghdad, two of them inside the Green Zone",
   "مصادر في الشرطة؛ سقطت الصواريخ الثلاثة في بغداد، اثنان منها داخل المنطقة الخضراء"],
  ["US service members with traumatic brain injuries (Pentagon's later count)",
   "عسكريون أمريكيون أصيبوا بارتجاج في الدماغ (بحسب الحصيلة اللاحقة للبنتاغون)"],
  ["none reported",
   "لم يُبلَّغ عن إصابات"],
  ["Iraqi air force personnel",
   "عناصر من القوة الجوية العراقية"],
  ["coalition spokesman: no casualties",
   "المتحدث باسم التحالف: لا إصابات"],
  ["2 US service members and 1 British soldier killed; about 12 coalition personnel wounded",
   "مقتل عسكريَّين أمريكيين وجندي بريطاني، وإصابة نحو 12 من أفراد التحالف"],
  ["3 US service members and at least 2 Iraqi soldiers wounded (coalition count)",
   "إصابة 3 عسكريين أمريكيين وجنديين عراقيين على الأقل (بحسب حصيلة التحالف)"],
  ["Spanish Ministry of Defence: no one hurt, no damage",
   "وزارة الدفاع الإسبانية: لم يُصب أحد ولا أضرار"],
  ["no casualties or significant damage reported",
   "لم يُبلَّغ عن إصابات أو أضرار تُذكر"],
  ["a child, when a rocket hit a house near the Green Zone",
   "طفل، حين أصاب صاروخ منزلاً قرب المنطقة الخضراء"],
  ["Iraqi Security Media Cell: material damage, no victims",
   "خلية الإعلام الأمني العراقية: أضرار مادية دون ضحايا"],
  ["Iraqi military and coalition: no casualties",
   "الجيش العراقي والتحالف: لا إصابات"],
  ["Joint Operations Command: no casualties",
   "قيادة العمليات المشتركة: لا إصابات"],
  ["Security Media Cell: no significant damage, no casualties",
   "خلية الإعلام الأمني: لا أضرار تُذكر ولا إصابات"],
  ["Iraqi military: no casualties",
   "الجيش العراقي: لا إصابات"],
  ["INA: no casualties",
   "وكالة الأنباء العراقية: لا إصابات"],
  ["no casualties reported by the AP",
   "لم تُبلغ وكالة أسوشيتد برس عن إصابات"],
  ["Iraqi civilians of one family",
   "مدنيون عراقيون من عائلة واحدة"],
  ["Iraqi civilians (a child killed)",
   "مدنيون عراقيون (قُتل طفل)"],
  ["security sources to AFP: material damage, no casualties",
   "مصادر أمنية لوكالة فرانس برس: أضرار مادية دون إصابات"],
  ["security source to AFP: material damage, no casualties",
   "مصدر أمني لوكالة فرانس برس: أضرار مادية دون إصابات"],
  ["An Iraqi soldier at a checkpoint",
   "جندي عراقي في نقطة تفتيش"],
  ["Iraqi sources: no casualties or damage",
   "مصادر عراقية: لا إصابات ولا أضرار"],
  ["none reported; a vehicle damaged",
   "لم يُبلَّغ عن إصابات؛ تضررت مركبة"],
  ["the driver of a contractor truck",
   "سائق شاحنة تابعة لمتعاقد"],
  ["no reports of casualties; some material damage",
   "لا أنباء عن إصابات؛ بعض الأضرار المادية"],
  ["an Iraqi security member escorting the convoy",
   "عنصر أمن عراقي كان يرافق الرتل"],
  ["no immediate reports of damage or casualties",
   "لا أنباء فورية عن أضرار أو إصابات"],
  ["security source: no casualties or damage",
   "مصدر أمني: لا إصابات ولا أضرار"],
  ["A non-US civilian contractor and an Iraqi civilian (died a week later) killed; 5 contractors, 1 US service member and civilians wounded",
   "مقتل متعاقد مدني غير أمريكي ومدني عراقي (توفي بعد أسبوع)، وإصابة 5 متعاقدين وعسكري أمريكي ومدنيين"],
  ["A contractor of the US company Sallyport",
   "متعاقد مع شركة سالي بورت الأمريكية"],
  ["A US civilian contractor died of a cardiac episode while sheltering",
   "توفي متعاقد مدني أمريكي بأزمة قلبية أثناء الاحتماء"],
  ["Iraqi security officials: no casualties",
   "مسؤولون أمنيون عراقيون: لا إصابات"],
  ["two Iraqi security personnel, per the base commander",
   "عنصران من الأمن العراقي، بحسب قائد القاعدة"],
  ["Iraqi officials reported none; Sky News Arabia reported one Iraqi wounded",
   "قال مسؤولون عراقيون إنه لا إصابات، وأفادت سكاي نيوز عربية بإصابة عراقي واحد"],
  ["Iraqi media: no casualties",
   "وسائل إعلام عراقية: لا إصابات"],
  ["A foreign employee of Sallyport, lightly wounded",
   "موظف أجنبي في شركة سالي بورت أصيب بجروح طفيفة"],
  ["Shafaq News source: no human or material losses",
   "مصدر لشفق نيوز: لا خسائر بشرية ولا مادية"],
  ["an Iraqi security guard escorting the convoy",
   "حارس أمن عراقي كان يرافق الرتل"],
  ["Shafaq News source: no casualties",
   "مصدر لشفق نيوز: لا إصابات"],
  ["Security Media Cell and coalition: no casualties, no significant damage",
   "خلية الإعلام الأمني والتحالف: لا إصابات ولا أضرار تُذكر"],
  ["minor injuries, per the coalition spokesman (an early report said three)",
   "إصابات طفيفة بحسب المتحدث باسم التحالف (ذكر تقرير أولي ثلاث إصابات)"],
  ["the tanker driver, reportedly",
   "سائق الصهريج، بحسب التقارير"],
  ["a woman, two children and the driver of a passing taxi",
   "امرأة وطفلان وسائق سيارة أجرة كانت مارّة"],
  ["An Iraqi woman and a girl",
   "امرأة عراقية وفتاة"],
  ["AFP security sources: no casualties",
   "مصادر أمنية لوكالة فرانس برس: لا إصابات"],
  ["One civilian injured per Kurdish authorities; no US casualties",
   "إصابة مدني واحد بحسب السلطات الكردية؛ لا إصابات بين الأمريكيين"],
  ["coalition official to AFP: no personnel injured, no impact on the installation",
   "مسؤول في التحالف لوكالة فرانس برس: لم يُصب أي من الأفراد ولا تأثير على المنشأة"],
  ["coalition source: no casualties",
   "مصدر في التحالف: لا إصابات"],
  ["Iraqi civilians on the Erbil–Pirmam road",
   "مدنيون عراقيون على طريق أربيل–بيرمام"],
  ["US officials: no casualties",
   "مسؤولون أمريكيون: لا إصابات"],
  ["CENTCOM: nobody wounded",
   "القيادة المركزية الأمريكية: لم يُصب أحد"],
  ["local sources to Anadolu: no injuries or damage",
   "مصادر محلية للأناضول: لا إصابات ولا أضرار"],
  ["US service members evaluated for minor injuries and possible traumatic brain injury (first reported as two)",
   "عسكريون أمريكيون خضعوا للفحص بسبب إصابات طفيفة واحتمال ارتجاج في الدماغ (أفادت التقارير الأولى باثنين)"],
  ["3 US service members with minor injuries across the Conoco and Green Village attacks (1 confirmed at Conoco)",
   "3 عسكريين أمريكيين بإصابات طفيفة في هجومي كونيكو والقرية الخضراء (إصابة واحدة مؤكدة في كونيكو)"],
  ["pro-Iranian outlets claimed several US personnel wounded; no official account",
   "زعمت وسائل إعلام موالية لإيران إصابة عدد من الأمريكيين؛ لا رواية رسمية"],
  ["Syrian Free Army (Maghawir al-Thawra) partner fighters",
   "مقاتلون شركاء من جيش سوريا الحرة (مغاوير الثورة)"],
  ["none; the drone was shot down",
   "لا إصابات؛ أُسقطت الطائرة المسيّرة"],
  ["1 US contractor killed; 5 US service members and 1 US contractor wounded. The Pentagon named only 'a coalition base near Hasakah'; mapping to Rmelan/Kharab al-Jir is uncertain",
   "مقتل متعاقد أمريكي وإصابة 5 عسكريين أمريكيين ومتعاقد أمريكي. لم يذكر البنتاغون سوى «قاعدة للتحالف قرب الحسكة»، ونسبتها إلى رميلان/خراب الجير غير مؤكدة"],
  ["One US service member",
   "عسكري أمريكي واحد"],
  ["two women and two children in a house hit about 5 km away; no US or coalition personnel hurt (CENTCOM)",
   "امرأتان وطفلان في منزل أصيب على بعد نحو 5 كم؛ لم يُصب أي من الأمريكيين أو قوات التحالف (القيادة المركزية الأمريكية)"],
  ["US personnel, minor injuries incl. suspected TBI across the Asad drone attacks; a US contractor died of a cardiac episode while sheltering during an alert",
   "أفراد أمريكيون بإصابات طفيفة منها اشتباه بارتجاج في الدماغ في هجمات المسيّرات على عين الأسد؛ وتوفي متعاقد أمريكي بأزمة قلبية أثناء الاحتماء خلال إنذار"],
  ["US personnel, minor injuries",
   "أفراد أمريكيون، إصابات طفيفة"],
  ["none, per the Pentagon",
   "لا إصابات، بحسب البنتاغون"],
  ["US service member, concussion",
   "عسكري أمريكي، ارتجاج في الدماغ"],
  ["two children near the base hurt by drone debris",
   "طفلان قرب القاعدة أصيبا بشظايا طائرة مسيّرة"],
  ["none, per Kurdish security sources",
   "لا إصابات، بحسب مصادر أمنية كردية"],
  ["US service member",
   "عسكري أمريكي"],
  ["US and coalition personnel",
   "أفراد أمريكيون ومن التحالف"],
  ["none, per SOHR",
   "لا إصابات، بحسب المرصد السوري لحقوق الإنسان"],
  ["US service members, one critically",
   "عسكريون أمريكيون، أحدهم في حالة حرجة"],
  ["none, per Kurdistan counter-terrorism",
   "لا إصابات، بحسب جهاز مكافحة الإرهاب في إقليم كردستان"],
  ["casualties reported by sources near the base, unconfirmed",
   "إصابات أفادت بها مصادر قريبة من القاعدة، غير مؤكدة"],
  ["SOHR reported casualties without figures",
   "أفاد المرصد السوري بوقوع إصابات دون أرقام"],
  ["four US personnel (Reuters timeline) and at least one Iraqi service member",
   "أربعة أفراد أمريكيين (بحسب التسلسل الزمني لرويترز) وعنصر عراقي واحد على الأقل"],
  ["US Army reservists killed; Pentagon said more than 40 wounded (first count 34)",
   "مقتل جنود من احتياط الجيش الأمريكي؛ وقال البنتاغون إن أكثر من 40 أصيبوا (الحصيلة الأولى 34)"],
  ["SDF commandos; SOHR counted 7 killed and 18 wounded",
   "عناصر كوماندوز من قسد؛ أحصى المرصد السوري 7 قتلى و18 جريحاً"],
  ["A US official said no US personnel were hurt.",
   "قال مسؤول أمريكي إن أحداً من الأمريكيين لم يُصب."],
  ["none in initial reports, per a US defence official",
   "لا إصابات في التقارير الأولية، بحسب مسؤول دفاعي أمريكي"],
  ["4 US service members and 1 US contractor (Pentagon's later count; first reports said 5 to 7)",
   "4 عسكريين أمريكيين ومتعاقد أمريكي (الحصيلة اللاحقة للبنتاغون؛ ذكرت التقارير الأولى من 5 إلى 7)"],
  ["US service members treated for traumatic brain injury and smoke inhalation",
   "عسكريون أمريكيون عولجوا من ارتجاج في الدماغ واستنشاق الدخان"],
  ["Troops wounded by shrapnel (KUNA); nationality not stated",
   "جنود أصيبوا بشظايا (كونا)؛ لم تُذكر جنسياتهم"],
  ["none, per the Kuwaiti defence ministry",
   "لا إصابات، بحسب وزارة الدفاع الكويتية"],
  ["6 US service members killed; at least 18 wounded (ABC News count)",
   "مقتل 6 عسكريين أمريكيين وإصابة 18 على الأقل (بحسب حصيلة إيه بي سي نيوز)"],
  ["none, per Iraqi security sources",
   "لا إصابات، بحسب مصادر أمنية عراقية"],
  ["none, per the Saudi defence ministry",
   "لا إصابات، بحسب وزارة الدفاع السعودية"],
  ["An Iraqi woman in Hayy al-Turath",
   "امرأة عراقية في حي التراث"],
  ["none in initial information",
   "لا إصابات في المعلومات الأولية"],
  ["everyone accounted for, per a State Department alert",
   "جميع الأفراد بخير، بحسب تنبيه من وزارة الخارجية الأمريكية"],
  ["US officials, initial reports",
   "مسؤولون أمريكيون، تقارير أولية"],
  ["CENTCOM: no injuries to US or partner forces",
   "القيادة المركزية الأمريكية: لا إصابات في صفوف القوات الأمريكية أو الشريكة"],
]);

type Json = Record<string, unknown>;

/** `obj` with `key` set to `value` right after `after` (key order kept for readable diffs). */
function withAfter(obj: Json, after: string, key: string, value: unknown): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === key) continue;
    out[k] = v;
    if (k === after) out[key] = value;
  }
  if (!(key in out)) out[key] = value;
  return out;
}

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

export interface FillResult { readonly filled: number; readonly missing: string[] }

/** Fills the missing Arabic of one data file's records in place; `kind` says which file. */
export function fillRecords(records: Json[], kind: 'incidents' | 'aggregates' | 'bases'): FillResult {
  let filled = 0;
  const missing: string[] = [];
  const lookup = (table: ReadonlyMap<string, string>, en: string, where: string, field: string): string | undefined => {
    const ar = table.get(en);
    if (ar === undefined) missing.push(`${where}: ${field} "${en}"`);
    else filled++;
    return ar;
  };
  records.forEach((r, n) => {
    const id = String(r.id);
    if (kind === 'incidents') {
      const attributed = r.attributed_to as Json[];
      attributed.forEach((a, k) => {
        if (!blank(a.by) && blank(a.by_ar)) {
          const ar = lookup(BY_AR, a.by as string, id, 'by');
          if (ar !== undefined) attributed[k] = withAfter(a, 'by', 'by_ar', ar);
        }
      });
      const c = r.casualties as Json | null;
      if (c && !blank(c.note) && blank(c.note_ar)) {
        const ar = lookup(NOTE_AR, c.note as string, id, 'casualties.note');
        if (ar !== undefined) r.casualties = withAfter(c, 'note', 'note_ar', ar);
      }
    } else if (kind === 'aggregates') {
      if (!blank(r.by) && blank(r.by_ar)) {
        const ar = lookup(BY_AR, r.by as string, id, 'by');
        if (ar !== undefined) records[n] = withAfter(r, 'by', 'by_ar', ar);
      }
    } else {
      const hosted = r.hosted as string[];
      const have = r.hosted_ar as string[] | undefined;
      if (hosted.length > 0 && (!have || have.length !== hosted.length)) {
        const ar = hosted.map((h) => lookup(HOSTED_AR, h, id, 'hosted'));
        if (ar.every((x) => x !== undefined)) records[n] = withAfter(r, 'hosted', 'hosted_ar', ar);
      }
    }
  });
  return { filled, missing };
}

function main(check: boolean): number {
  const files: [string, 'incidents' | 'aggregates' | 'bases'][] = [
    ['bases.json', 'bases'],
    ['aggregates.json', 'aggregates'],
    ...readdirSync(join(defaultDataDir, 'incidents')).filter((f) => f.endsWith('.json')).sort().map((f) => [`incidents/${f}`, 'incidents'] as [string, 'incidents']),
  ];
  const missing: string[] = [];
  let filled = 0;
  for (const [path, kind] of files) {
    const file = join(defaultDataDir, path);
    const records = JSON.parse(readFileSync(file, 'utf8')) as Json[];
    const r = fillRecords(records, kind);
    missing.push(...r.missing.map((m) => `${path} ${m}`));
    filled += r.filled;
    if (!check && r.filled > 0) writeFileSync(file, `${JSON.stringify(records, null, 2)}\n`);
  }
  console.log(`fill-arabic-fields: ${check ? 'would fill' : 'filled'} ${filled} field(s)`);
  if (missing.length > 0) {
    console.error(`fill-arabic-fields: no Arabic in the tables for ${missing.length} value(s); add them to scripts/fill-arabic-fields.ts:`);
    for (const m of missing) console.error(`  ${m}`);
  }
  return check && (filled > 0 || missing.length > 0) ? 1 : missing.length > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith('fill-arabic-fields.ts')) process.exitCode = main(process.argv.includes('--check'));
