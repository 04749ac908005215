/**
 * Event extraction on passages we wrote, one group per rule, each with negatives.
 * The comments name a page where the press writes the form this way.
 */
import { describe, expect, it } from 'vitest';
import { readIncidents } from '../../../cli/incidents';
import { gazetteer } from '../../../data/gazetteer';
import { compareWithDataset, createEventExtractor } from '../../../lib/events';
import { CONVOY_SITE } from '../../../lib/events/extract';
import { createMentionFinder } from '../../../lib/mentions';

const finder = createMentionFinder(gazetteer);
const incidents = readIncidents();
const extractor = createEventExtractor({ incidents });
const events = (text: string, published: string | null = '2024-01-25') => extractor.extract(text, finder.find(text), published);
const only = (text: string, published?: string | null) => {
  const found = events(text, published);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('an attack on a site', () => {
  it('needs a site and an attack or weapon word', () => {
    expect(only('استهدفت طائرتان مسيّرتان قاعدة حرير').sites).toEqual(['harir-air-base']);
    expect(events('زار وفد عسكري قاعدة حرير للاطلاع على سير التدريب')).toEqual([]);
    expect(events('استهدفت طائرتان مسيّرتان موقعا في الصحراء')).toEqual([]);
  });
  it('keeps the evidence span: the sentence that first reports it', () => {
    const text = 'مقدمة بلا أسماء. استهدفت طائرة مسيرة قاعدة عين الأسد.';
    const e = only(text);
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe('استهدفت طائرة مسيرة قاعدة عين الأسد.');
  });
  it('reads several sentences about the same site as one event', () => {
    expect(events('قصف قاعدة عين الأسد بصواريخ. وأكد مصدر أن القصف على قاعدة عين الأسد لم يسفر عن إصابات.')).toHaveLength(1);
  });
});

describe('an attack on a coalition convoy', () => {
  // «عبوة ناسفة انفجرت مستهدفة رتل دعم تابع للتحالف الدولي»: https://skypressiq.net/2022/1/9/; "an improvised explosive
  // device … targeted a logistics convoy": https://www.nrttv.com/En/News.aspx?id=23203&MapID=2
  it('is an attack on the dataset convoy record, with no site named', () => {
    const e = only('انفجرت عبوة ناسفة مستهدفة رتل دعم تابع للتحالف الدولي قرب الطارمية');
    expect([e.sites, e.weapons]).toEqual([[CONVOY_SITE], ['ied']]);
    expect(only('A roadside bomb targeted a logistics convoy near Diwaniya on Friday.').sites).toEqual([CONVOY_SITE]);
    expect(only('استهدفت مجموعة قافلة عسكرية أمريكية قرب الحدود الكويتية').sites).toEqual([CONVOY_SITE]);
  });
  it('not a convoy of anyone else, nor a convoy nobody attacked', () => {
    expect(events('انفجرت عبوة ناسفة استهدفت رتلا للجيش العراقي')).toEqual([]);
    expect(events('مر رتل دعم لوجستي تابع للتحالف الدولي على الطريق السريع')).toEqual([]);
  });
});

describe('dates from the publication date', () => {
  // «فجر اليوم الخميس»: https://alqaheranews.net (صباح اليوم الجمعة), «أمس الخميس»: https://alqaheranews.net/news/89152
  it.each([
    ['فجر اليوم الخميس استهدفت طائرة مسيرة قاعدة حرير', '2024-01-25', '2024-01-25'],
    ['أمس الاثنين قصف قاعدة عين الأسد بالصواريخ', '2024-01-23', '2024-01-22'],
    ['ليل الأحد تعرضت قاعدة التنف لهجوم بطائرة مسيرة', '2024-01-30', '2024-01-28'],
    ['تعرضت قاعدة عين الأسد في 28 يناير لهجوم صاروخي', '2024-02-10', '2024-01-28'],
    ['A drone attack hit Tower 22 on Sunday night', '2024-01-29', '2024-01-28'],
    ['تعرضت قاعدة عين الأسد الليلة الماضية لهجوم، وفق ما قال مصدر اليوم', '2024-07-26', '2024-07-25'],
  ])('«%s» published %s happened on %s', (text, published, date) => {
    const e = only(text, published);
    expect([e.date, e.date_precision]).toEqual([date, 'day']);
  });
  // «أطلقت على قاعدة عين الأسد … في وقت متأخر من يوم الخميس»: https://al-qasidtv.ps (July 2024); «للمرة الثانية في
  // أسبوع واحد، تعرض معسكر التاجي … إلى قصف صاروخي، السبت»: http://medianews20y20.blogspot.com/2020/03/15_14.html
  it.each([
    ['أطلقت صواريخ على قاعدة عين الأسد في وقت متأخر من يوم الخميس', '2024-07-26', '2024-07-25'],
    ['قصفت قاعدة عين الأسد صباح يوم الخميس', '2024-07-26', '2024-07-25'],
    ['للمرة الثانية في أسبوع واحد تعرض معسكر التاجي لقصف صاروخي السبت', '2020-03-14', '2020-03-14'],
    ['أصيب أحد الجنود في قصف معسكر التاجي', '2020-03-14', '2020-03-14'],
  ])('a day word without its article is no relative day, «واحد» no Sunday: «%s» published %s happened on %s', (text, published, date) => {
    expect(only(text, published).date).toBe(date);
  });
  // "Drones strike US base at Erbil airport … 15 Apr 2021; MEMO: An explosive-laden drone targeted … Erbil International
  // Airport … yesterday causing material damages": http://ummnews.biz/node/55567
  it('a dateline is the publication date: the relative day in its sentence dates the news, which stays the news', () => {
    const found = events('Drones strike US base at Erbil airport\n\n15 Apr 2021; MEMO: A drone targeted Erbil International Airport yesterday causing material damages.', '2021-04-15');
    expect(found.map((e) => [e.sites, e.date, e.role, e.outcome])).toEqual([[['erbil-air-base'], '2021-04-14', 'main', 'damage']]);
  });
  it('a day in a later month is last year', () => {
    expect(only('قصف قاعدة عين الأسد في 30 ديسمبر', '2024-01-05').date).toBe('2023-12-30');
  });
  it('without a publication date, a relative day stays unresolved', () => {
    expect(only('استهدفت طائرة مسيرة قاعدة حرير أمس', null).date).toBeNull();
  });
  it('an undated report takes the publication date', () => {
    expect(only('استهدفت طائرة مسيرة قاعدة حرير', '2024-01-25').date).toBe('2024-01-25');
  });
});

describe('weapons', () => {
  it.each([
    ['سقطت صواريخ كاتيوشا على قاعدة عين الأسد', ['rocket']],
    ['هاجمت طائرة مسيّرة قاعدة حرير', ['drone']],
    ['هجوم بدرون على قاعدة حرير', ['drone']],
    ['أطلق صاروخ باليستي على قاعدة العديد', ['ballistic missile']],
    ['سقطت قذائف هاون على قاعدة التاجي', ['mortar']],
    ['انفجرت عبوة ناسفة قرب قاعدة عين الأسد', ['ied']],
    ['هجوم على قاعدة حرير', ['unknown']],
  ])('«%s»: %j', (text, weapons) => {
    expect(only(text).weapons).toEqual(weapons);
  });
});

describe('who claimed it, kept apart from who was blamed', () => {
  // «تتبنّى استهداف قاعدة»: https://almayadeen.net (المقاومة الإسلامية تستهدف قاعدة حرير)
  it('a claim verb makes a claimant', () => {
    const e = only('استهدفت طائرة مسيرة قاعدة حرير. وتبنّت المقاومة الإسلامية في العراق الهجوم.');
    expect(e.claimed_by).toEqual(['islamic-resistance-in-iraq']);
    expect(e.attributed_to).toEqual([]);
  });
  it('«أعلنت مسؤوليتها» makes a claimant', () => {
    expect(only('قصفت قاعدة عين الأسد بالصواريخ، وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم').claimed_by).toEqual(['kataib-hezbollah']);
  });
  it('blame is not a claim', () => {
    const e = only('قصفت قاعدة عين الأسد بالصواريخ، واتهمت واشنطن كتائب حزب الله بالوقوف وراء الهجوم');
    expect(e.claimed_by).toEqual([]);
    expect(e.attributed_to).toEqual(['kataib-hezbollah']);
  });
  it('a denial is neither', () => {
    const e = only('قصفت قاعدة عين الأسد بالصواريخ. ونفت كتائب حزب الله أي صلة بالهجوم');
    expect([e.claimed_by, e.attributed_to]).toEqual([[], []]);
  });
  // «أعلنت مجموعة مسلحة عراقية … أنها قصفت … قاعدة التنف» then «وقالت مجموعة "الثوريون" … عبر حسابها»: https://www.pdk-s.com/app/ar/node/10854
  it('a claim without a name, then a group that speaks of the attack: the speaker claimed it', () => {
    const text = 'أعلنت جماعة مسلحة أنها قصفت قاعدة التنف الأحد. وقالت كتائب سيد الشهداء عبر حسابها إن القصف أصاب القاعدة.';
    expect(only(text).claimed_by).toEqual(['kataib-sayyid-al-shuhada']);
    expect(only('A group announced it claimed a drone attack on the al-Tanf garrison. Kataib Hezbollah said on Telegram the drones hit the base.').claimed_by).toEqual(['kataib-hezbollah']);
  });
  it('a speaker is no claimant when nothing was claimed, or when the claimant is named', () => {
    expect(only('استهدفت طائرة مسيرة قاعدة التنف الأحد. وقالت كتائب حزب الله إن القاعدة هدف مشروع.').claimed_by).toEqual([]);
    const named = only('تبنت المقاومة الإسلامية في العراق قصف قاعدة التنف. وقالت كتائب حزب الله إن القصف أصاب القاعدة.');
    expect(named.claimed_by).toEqual(['islamic-resistance-in-iraq']);
  });
  it('the group the coalition fights is no party', () => {
    expect(only('Rockets struck Green Village, according to the anti-Islamic State coalition').claimed_by).toEqual([]);
  });
});

describe('casualties and outcome', () => {
  it.each([
    ['هجوم على قاعدة عين الأسد أسفر عن إصابة 5 جنود', { killed: null, injured: 5 }, 'casualties'],
    ['هجوم بطائرة مسيرة على البرج 22 أدى إلى مقتل 3 جنود وإصابة 34', { killed: 3, injured: 34 }, 'casualties'],
    ['هجوم على قاعدة عين الأسد دون إصابات', { killed: 0, injured: 0 }, 'no damage'],
    ['تم اعتراض طائرة مسيرة استهدفت قاعدة حرير', null, 'intercepted'],
    ['هجوم بطائرة مسيرة على قاعدة حرير خلف أضرارا مادية', null, 'damage'],
    ['هجوم على قاعدة حرير دون أضرار', null, 'no damage'],
    ['هجوم على قاعدة حرير', null, 'unknown'],
  ])('«%s»', (text, casualties, outcome) => {
    const e = only(text);
    expect(e.casualties).toEqual(casualties);
    expect(e.outcome).toBe(outcome);
  });
  // Nobody hurt, worded freely: «من دون سقوط ضحايا» https://elaph.com/Web/News/2020/07/1299082.html, «لم تسجل خسائر
  // مادية أو بشرية» https://almayadeen.net/amp/news/1544625/, "without causing any injuries"
  // https://ksaplayers.com/Ksahome/NewsDetial/?nid=24652450, "no casualties or damages reported" https://gfatf.org/archives/ten-rockets-fired-at-iraqi-airbase-hosting-us-led-coalition-troops
  it.each([
    ['سقط صاروخان على قاعدة حرير من دون سقوط أي ضحايا', { killed: 0, injured: 0 }, 'no damage'],
    ['استهدفت طائرة مسيرة قاعدة حرير ولم تسجل خسائر مادية أو بشرية', { killed: 0, injured: 0 }, 'no damage'],
    ['قصف قاعدة حرير بصاروخين لم يسفر عن أضرار أو خسائر', { killed: 0, injured: 0 }, 'no damage'],
    ['A rocket hit Ain al-Asad air base on Monday without causing any injuries.', { killed: 0, injured: 0 }, 'no damage'],
    ['Rockets struck Ain al-Asad air base; there were no casualties or damage at the base.', { killed: 0, injured: 0 }, 'no damage'],
    ['The drone attack on the Conoco gas field did not result in any casualties.', { killed: 0, injured: 0 }, 'no damage'],
  ])('nobody hurt: «%s»', (text, casualties, outcome) => {
    const e = only(text);
    expect(e.casualties).toEqual(casualties);
    expect(e.outcome).toBe(outcome);
  });
  it('a negation that governs no noun of harm, or asks whether, says nothing of harm', () => {
    // «لم يعرف بعد إذا ما خلف الهجوم خسائر»: whether there were losses is not known.
    expect(only('استهدفت طائرة مسيرة قاعدة حرير ولم يعرف بعد إذا ما خلف الهجوم خسائر').casualties).toBeNull();
    // The article makes «الأضرار» a known thing, not one denied: the toll is not yet known.
    expect(only('استهدفت طائرة مسيرة قاعدة حرير ولم يعرف حجم الأضرار').outcome).toBe('damage');
    expect(only('Rockets struck Ain al-Asad air base on Monday; there was no immediate word on casualties.').casualties).toBeNull();
    // "No group claimed": the negation is of the claim, and harm comes later in another clause.
    expect(only('No group claimed the rocket attack on Ain al-Asad air base, which caused damage.').outcome).toBe('damage');
  });
  // "injured several American troops": https://voice7news.tv/world/news/7765; «بإصابة عدد من جنود»: https://tishreen.news.sy/?p=811287
  it('people hurt without a number are casualties of unknown count; the same phrase negated says nobody was', () => {
    const several = only('A rocket attack on Ain al-Asad air base injured several American troops on Monday.');
    expect(several.casualties).toEqual({ killed: null, injured: null });
    expect(several.outcome).toBe('casualties');
    expect(only('أسفر قصف قاعدة حرير عن إصابة عدد من الجنود').casualties).toEqual({ killed: null, injured: null });
    expect(only('قصف قاعدة حرير بصاروخين ولم ترد أنباء عن سقوط جرحى').casualties).toEqual({ killed: 0, injured: 0 });
    // One drone hurt someone, another nobody: people were hurt.
    expect(only('Drones struck Ain al-Asad air base; one caused minor injuries to personnel. No injuries were reported from the second.').outcome).toBe('casualties');
    // Whether anyone was hurt is not known: nothing said.
    expect(only('سقطت طائرة مسيرة قرب قاعدة حرير دون ورود معلومات مؤكدة عن وقوع إصابات').casualties).toBeNull();
  });
  // «أسفر عن مقتل شخص وإصابة 6 آخرين» (alsiasi.com, سرايا أولياء الدم تتبنى هجوم أربيل); «مقتل 3 عسكريين، وإصابة نحو 25»:
  // https://gulfarabia.com/?p=1050412; "A US civilian contractor was killed": https://thefrontierpost.com/us-civilian-contractor-killed-in-iraq-base-rocket-attack/
  it.each([
    ['هجوم صاروخي على مطار أربيل أسفر عن مقتل شخص وإصابة 6 آخرين', { killed: 1, injured: 6 }],
    ['قصفت طائرة مسيرة البرج 22 ما أدى إلى مقتل 3 عسكريين، وإصابة نحو 25 آخرين', { killed: 3, injured: 25 }],
    ['أسفر قصف معسكر التاجي عن إصابة شخصين', { killed: null, injured: 2 }],
    ['A civilian contractor was killed and a U.S. service member was wounded in a rocket attack on Ain al-Asad.', { killed: 1, injured: 1 }],
    ['استهدف صاروخ قاعدة الأمير سلطان دون تسجيل أي أضرار بشرية', { killed: 0, injured: 0 }],
    ['استهدف صاروخ قاعدة العديد ولم ينتج عن الهجوم أي وفيات أو إصابات', { killed: 0, injured: 0 }],
  ])('counts as written: «%s»', (text, casualties) => {
    expect(only(text).casualties).toEqual(casualties);
  });
  it('a person named in passing is no toll', () => {
    expect(only('A rocket struck Ain al-Asad air base, where a man who was killed in 2019 was remembered.').casualties).toBeNull();
  });
  it('a lead that reports an attack on an unnamed base, with its toll, belongs to the event the next sentence names', () => {
    const e = only('قصفت طائرة مسيرة قاعدة عسكرية أمريكية، ما أدى إلى مقتل 3 عسكريين. وبحسب البنتاغون فإن الهجوم وقع على البرج 22 في الأردن.');
    expect([e.sites, e.casualties]).toEqual([['tower-22'], { killed: 3, injured: null }]);
    // A lead about a city, with no site noun, is not the base's toll.
    expect(only('تعرضت أربيل لهجمات دون سقوط قتلى أو جرحى. واندلع حريق في مطار أربيل الدولي عقب هجوم بطائرة مسيرة.').casualties).toBeNull();
  });
  it('counts the soldiers of "U.S. service members" across the letters of "U.S."', () => {
    expect(only('Two U.S. service members were injured in a rocket attack on Ain al-Asad air base.').casualties).toEqual({ killed: null, injured: 2 });
  });
  it('a rocket attack named by its adjective, and rockets counted in the accusative, are rockets', () => {
    // «الهجوم الصاروخي الذي استهدف مطار أربيل», «قوامها 24 صاروخاً»: https://zawayamedia.com/single/3179/
    expect(only('تبنت جماعة مسلحة الهجوم الصاروخي على مطار أربيل').weapons).toEqual(['rocket']);
    expect(only('أطلق المهاجمون 14 صاروخاً على مطار أربيل').weapons).toEqual(['rocket']);
    // The missile programme in the same sentence is no weapon of the attack.
    expect(only('استهدفت طائرة مسيرة مطار أربيل بعد أيام من الحديث عن البرنامج الصاروخي').weapons).toEqual(['drone']);
  });
  it('a number inside a name is no count: "Tower 22 killed three" is three killed', () => {
    expect(only('A drone attack on Tower 22 killed three U.S. soldiers.').casualties).toEqual({ killed: 3, injured: null });
  });
  it('«إصابة مباشرة» (a direct hit) is no casualty', () => {
    expect(only('استهدفت المقاومة قاعدة حرير وحققت إصابة مباشرة').casualties).toBeNull();
  });
});

describe('news and background', () => {
  // «وكانت "المقاومة الإسلامية" قامت باستهداف القاعدة»: https://arabi21.net/storyamp/1553255
  it('an earlier attack the article recalls is background', () => {
    const found = events('فجر اليوم الخميس استهدفت طائرة مسيرة قاعدة حرير. وفي 28 ديسمبر الماضي تعرضت قاعدة عين الأسد لقصف صاروخي.');
    expect(found.map((e) => [e.sites[0], e.role])).toEqual([
      ['harir-air-base', 'main'],
      ['ain-al-asad', 'background'],
    ]);
  });
  // «تنفيذ ضربة، مساء أمس الأربعاء، أسفرت عن مقتل قيادي … الهجوم الذي أسفر عن مقتل 3 جنود … أواخر الشهر الماضي»:
  // https://bissanfm.com/news/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85/74873
  it('words that name another time do not make a sentence dated yesterday a recall', () => {
    const strike = only('أعلنت القيادة المركزية الأمريكية تنفيذ ضربة مساء أمس الأربعاء أسفرت عن مقتل قيادي في كتائب حزب الله، ردا على هجوم الشهر الماضي', '2024-02-08');
    expect([strike.kind, strike.role, strike.date]).toEqual(['us_strike', 'main', '2024-02-07']);
    // Undated, or dated long before: still a recall; so is the pluperfect, even yesterday.
    expect(only('تعرضت قاعدة عين الأسد لقصف صاروخي الشهر الماضي', '2024-02-08').role).toBe('background');
    const recap = events('استهدفت طائرة مسيرة قاعدة حرير اليوم. وكانت المقاومة قد قصفت قاعدة عين الأسد أمس الشهر الماضي', '2024-02-08');
    expect(recap.map((e) => e.role)).toEqual(['main', 'background']);
  });
  // «وأمس، استهدفت المقاومة في العراق، قاعدة "حرير"»: https://sst-news.com/392009
  it('a sentence opening on another day recalls an earlier event', () => {
    const found = events('استهدفت المقاومة قاعدة الشدادي برشقة صاروخية. وأمس، استهدفت المقاومة قاعدة حرير بالطائرات المسيرة.', null);
    expect(found.map((e) => [e.sites[0], e.role])).toEqual([
      ['shaddadi-base', 'main'],
      ['harir-air-base', 'background'],
    ]);
  });
  it('the claim in the sentence before the one naming the site', () => {
    const e = only('أعلنت المقاومة الإسلامية في العراق يوم الإثنين استهداف قاعدة أمريكية في سوريا. وجاء في البيان أن مقاتليها هاجموا قاعدة الشدادي بالطائرات المسيرة.');
    expect(e.claimed_by).toEqual(['islamic-resistance-in-iraq']);
  });
  it('a count of attacks is not an event', () => {
    expect(events('تعرضت القواعد الأمريكية ومنها قاعدة عين الأسد إلى 58 هجوما منذ 17 أكتوبر')).toEqual([]);
    expect(events('There have been 23 attacks on Ain al-Asad and other bases since 17 October')).toEqual([]);
  });
});

describe('US strikes on the groups', () => {
  it('a US actor, a strike word and a group make a strike', () => {
    const e = only('شنت الولايات المتحدة فجر اليوم غارات جوية على مواقع لكتائب حزب الله في القائم');
    expect([e.kind, e.target_groups, e.sites]).toEqual(['us_strike', ['kataib-hezbollah'], []]);
  });
  it('the attack it answers is not the strike', () => {
    const e = only('شنت الولايات المتحدة غارات على مواقع لكتائب حزب الله ردا على هجوم البرج 22');
    expect(e.kind).toBe('us_strike');
  });
  // «قصف الجيش الأميركي فجر اليوم الجمعة، دير الزور شرق سوريا»: https://staging.nn.najah.edu/news/Arab_international/2023/03/24/448074;
  // "The United States on Thursday launched airstrikes in eastern Syria": https://www.theepochtimes.com/us-strikes-facilities-in-syria-used-by-iran-backed-militia-in-retaliatory-action_3711989.html
  it('a dated strike in this war that names no group is a strike on no named group', () => {
    const e = only('قصف الجيش الأمريكي فجر اليوم الجمعة مواقع في دير الزور شرق سوريا', '2023-03-24');
    expect([e.kind, e.target_groups, e.date]).toEqual(['us_strike', [], '2023-03-24']);
    expect(only('The United States on Thursday launched airstrikes in eastern Syria, targeting sites used by militias.', '2021-02-26').kind).toBe('us_strike');
  });
  it('not undated (a recap), not elsewhere, not the strike an attack answers', () => {
    expect(events('نفذت الولايات المتحدة ضربات عسكرية في العراق ضد فصائل مرتبطة بإيران')).toEqual([]);
    expect(events('The U.S. military launched airstrikes in Somalia on Thursday.')).toEqual([]);
    expect(events('Militias vowed revenge on Thursday in retaliation for U.S. strikes in Iraq.')).toEqual([]);
  });
  it('a group claiming its own attack is no strike', () => {
    expect(events('أعلنت كتائب حزب الله في بيان أنها ستواصل عملياتها ضد الولايات المتحدة')).toEqual([]);
  });
});

describe('matched against the dataset', () => {
  it('the same site, the date within a day and a compatible weapon: the known incident', () => {
    const e = only('Three US soldiers were killed and 34 injured in a drone attack on Tower 22 on Sunday', '2024-01-29');
    expect(e.known_incident).toBe('2024-01-28-tower-22-drone');
  });
  it('another weapon or another week: new', () => {
    expect(only('A mortar attack hit Tower 22 on Sunday', '2024-01-29').known_incident).toBeNull();
    expect(only('A drone attack hit Tower 22 on Sunday', '2024-03-12').known_incident).toBeNull();
  });
  it('names what the article says differently, with both values', () => {
    const e = only('Three US soldiers were killed and 34 injured in a drone attack on Tower 22 on Sunday', '2024-01-29');
    const m = compareWithDataset(e, incidents);
    expect(m?.contradictions).toEqual([{ field: 'casualties', article: { killed: 3, injured: 34 }, dataset: { killed: 3, injured: 40 } }]);
  });
});
