/**
 * Event extraction on phenomena the hand-coded real articles showed (corpus/events,
 * kept out of the repository): sentences we wrote that reproduce each one, with the
 * page where it was seen, and a negative beside each rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../data/gazetteer';
import { createEventExtractor } from '../../../lib/events';
import { createMentionFinder } from '../../../lib/mentions';

const finder = createMentionFinder(gazetteer);
const extractor = createEventExtractor();
const events = (text: string, published: string | null = '2024-01-25') => extractor.extract(text, finder.find(text), published);
const only = (text: string, published?: string | null) => {
  const found = events(text, published);
  expect(found).toHaveLength(1);
  return found[0];
};
const main = (text: string, published?: string | null) => events(text, published).filter((e) => e.role === 'main');

describe('a negated claim names no claimant', () => {
  // «لم تعلن اي جهة بعد مسؤوليتها»: https://elaph.com/Web/News/2020/07/1299082.html; «ولم تتبى أي جهة المسؤولية»: https://alalam.ir/news/6313788
  it.each([
    'سقط صاروخان على قاعدة عين الأسد، ولم تعلن كتائب حزب الله مسؤوليتها عن الهجوم',
    'استهدفت طائرة مسيرة قاعدة حرير ولم تتبنَّ كتائب حزب الله الهجوم',
    // "No group has claimed responsibility for Monday’s attack": https://voice7news.tv/world/news/7765
    'Rockets struck Ain al-Asad on Monday. Kataib Hezbollah has not claimed the attack.',
    'Rockets struck Ain al-Asad on Monday. No group has claimed responsibility, and Kataib Hezbollah has yet to issue a statement.',
  ])('«%s»', (text) => {
    expect(only(text).claimed_by).toEqual([]);
  });
  it('the seed article whose group «لم تعلن … مسؤوليتها» has no claimant', () => {
    const text = readFileSync(new URL('../../../samples/000_89e4897c99b6aa39.txt', import.meta.url), 'utf8');
    const found = events(text, '2024-09-26').filter((e) => e.role === 'main');
    expect(found.map((e) => [e.sites, e.claimed_by])).toEqual([[['kharab-al-jir'], []]]);
  });
  it('a claim in a clause of its own still counts', () => {
    expect(only('لم يسفر القصف على قاعدة حرير عن إصابات، لكن كتائب حزب الله أعلنت مسؤوليتها عنه').claimed_by).toEqual(['kataib-hezbollah']);
    expect(only('Rockets hit Ain al-Asad, causing no damage, and Kataib Hezbollah claimed the attack.').claimed_by).toEqual(['kataib-hezbollah']);
  });
});

describe('sites in a list are attacks of their own', () => {
  // «ضرب قاعدتي "عين الأسد" و"حرير"»: https://alqaheranews.net/ar/news/54137
  it.each([
    ['أعلنت المقاومة الإسلامية في العراق اليوم استهداف قاعدتي عين الأسد وحرير بطائرات مسيرة', [['ain-al-asad'], ['harir-air-base']]],
    ['قصفت طائرات مسيرة قاعدة عين الأسد الجوية وقاعدة حرير', [['ain-al-asad'], ['harir-air-base']]],
    // "Suicide drones targeted the Conoco gas field and the al-Omar oil field": https://www.islamtimes.org/en/news/1103235
    ['Drones targeted the Conoco gas field and the al-Omar oil field on Monday', [['conoco-gas-field'], ['omar-oil-field']]],
    // «قاعدة فكتوريا داخل مطار بغداد الدولي»: https://www.shafaq.com (طائرة مسيرة تهاجم قاعدة فكتوريا داخل مطار بغداد الدولي)
    ['استهدفت طائرة مسيرة قاعدة فكتوريا داخل مطار بغداد الدولي', [['victory-base-bdsc', 'baghdad-international-airport']]],
  ])('«%s»', (text, sites) => {
    const found = main(text);
    expect(found.map((e) => e.sites)).toEqual(sites);
    expect(new Set(found.map((e) => JSON.stringify([e.date, e.weapons, e.claimed_by]))).size).toBe(1);
  });
  // «تعرض جندي أمريكي لإصابة طفيفة في الهجوم على قاعدة تل بيدر …، فيما لم تسفر الهجمات على قاعدة عين الأسد … عن وقوع إصابات»:
  // https://www.alkhabour.com/ar/news/single/2983/
  it('two sites of one sentence with another clause or another attack word between them are two attacks', () => {
    const two = main('أصيب جندي في الهجوم على قاعدة تل بيدر، فيما لم تسفر الهجمات على قاعدة عين الأسد عن إصابات');
    expect(two.map((e) => e.sites)).toEqual([['tal-baydar'], ['ain-al-asad']]);
    expect(main('Drones struck Tower 22 while rockets hit Ain al-Asad air base').map((e) => e.sites)).toEqual([['tower-22'], ['ain-al-asad']]);
    // An attack word far before the second site, about something else, keeps them one attack.
    expect(main('استهدفت طائرة مسيرة قاعدة فكتوريا الواقعة قرب مطار بغداد الدولي').map((e) => e.sites)).toEqual([['victory-base-bdsc', 'baghdad-international-airport']]);
  });
  it('each keeps the sentence that first names it', () => {
    const text = 'قصفت المقاومة قاعدة حرير فجر اليوم. وقال بيان إنها استهدفت قاعدتي عين الأسد وحرير.';
    const found = main(text);
    expect(found.map((e) => [e.sites, text.slice(e.evidence.start, e.evidence.end)])).toEqual([
      [['harir-air-base'], 'قصفت المقاومة قاعدة حرير فجر اليوم.'],
      [['ain-al-asad'], 'وقال بيان إنها استهدفت قاعدتي عين الأسد وحرير.'],
    ]);
  });
});

describe('who claimed it', () => {
  // «المقاومة الإسلامية فى العراق تجدد قصفها قاعدة عين الأسد»: https://dostor.synceg.net/4572620
  it('a headline names the group, then its verb', () => {
    expect(only('كتائب حزب الله تقصف قاعدة عين الأسد بالصواريخ').claimed_by).toEqual(['kataib-hezbollah']);
    expect(only('كتائب حزب الله تجدد قصفها قاعدة عين الأسد').claimed_by).toEqual(['kataib-hezbollah']);
  });
  // «ولم يعرف بعد الجهة التي تقع خلف عملية الهجوم فيما إذا كان تنظيم "الدولة الإسلامية"»: https://fox-press.org/?p=5803
  it('a group after the noun «الهجوم» is not its subject', () => {
    expect(only('لم يُعرف بعد من نفّذ الهجوم على قاعدة التنف، تنظيم داعش أم فصائل أخرى').claimed_by).toEqual([]);
  });
  // "Islamic Resistance in Iraq have claimed responsibility", five sentences after the attack: https://www.theguardian.com (Jordan drone strike: who are Islamic Resistance in Iraq)
  it('a claim a few sentences on', () => {
    const text =
      'A drone hit Tower 22 on Sunday. It was the first such loss. A response is expected. Washington is weighing options. Iran denied any role, but Kataib Hezbollah claimed responsibility.';
    expect(only(text).claimed_by).toEqual(['kataib-hezbollah']);
  });
  it('not a group named near a claim word about many attacks, nor a war named after a group', () => {
    expect(only('A rocket hit Ain al-Asad on Monday. Kataib Hezbollah has claimed numerous attacks on US forces.').claimed_by).toEqual([]);
    expect(only('Kataib Hezbollah claimed the drone attack on Tower 22, one of many since the start of the Israel-Hamas war.').claimed_by).toEqual(['kataib-hezbollah']);
  });
  it('in English the denier comes before the word', () => {
    expect(only('Kataib Hezbollah denied any role in the rocket attack on Ain al-Asad.').claimed_by).toEqual([]);
  });
});

describe('dates', () => {
  // «أعلنت … اليوم الثلاثاء، مسؤوليتها عن الهجوم الصاروخي الذي استهدف مطار أربيل … مساء الاثنين»: https://zawayamedia.com/single/3179
  it('the attack’s day, not the day of the claim', () => {
    expect(only('أعلنت سرايا أولياء الدم اليوم الثلاثاء مسؤوليتها عن قصف مطار أربيل مساء الاثنين', '2021-02-16').date).toBe('2021-02-15');
  });
  // "Thursday’s strikes were defensive": https://www.almasdarnews.com/article/us-carries-out-powerful-attack-against-iraqs-kataib-hezbollah/
  it('a weekday with a possessive', () => {
    expect(only('US airstrikes hit Kataib Hezbollah sites. The Pentagon said Thursday’s strikes were defensive.', '2020-03-13').date).toBe('2020-03-12');
  });
  it('an undated headline takes the day its details give', () => {
    expect(only('US strikes Kataib Hezbollah in Iraq. The United States carried out air strikes on Monday.', '2023-12-27').date).toBe('2023-12-25');
  });
});

describe('news and background', () => {
  // "The U.S. strikes follow a 30-plus rocket attack on Iraq’s K-1 base": https://missilethreat.csis.org/us-airstrikes-target-iran-backed-militia-in-iraq-and-syria/
  it('the attack a strike follows is background', () => {
    const found = events('US airstrikes hit Kataib Hezbollah sites on Sunday. The U.S. strikes follow a rocket attack on the K-1 base.', '2019-12-30');
    expect(found.map((e) => [e.kind, e.role])).toEqual([
      ['us_strike', 'main'],
      ['attack', 'background'],
    ]);
  });
  // «وأعلنت "المقاومة الإسلامية" عن قصف قاعدة "التنف" … أمس السبت»: https://arabi21.net/storyamp/1553255
  it('an earlier day’s attack after today’s news is background', () => {
    const found = events('استهدفت المقاومة فجر اليوم الأحد قاعدة حرير. وأعلنت المقاومة عن قصف قاعدة التنف بطائرة مسيرة أمس السبت.', '2023-11-19');
    expect(found.map((e) => [e.sites[0], e.role])).toEqual([
      ['harir-air-base', 'main'],
      ['al-tanf-garrison', 'background'],
    ]);
  });
  it('an attack "this week" or "last weekend" is recalled', () => {
    expect(events('US forces struck Kataib Hezbollah on Sunday. This week, the US blamed Kataib Hezbollah for a rocket attack on the K1 base.', '2019-12-29').map((e) => e.role)).toEqual(['main', 'background']);
    // "a rocket attack last weekend that targeted the international green zone": https://www.upi.com/Top_News/US/2020/12/24/Officials-Iran-backed-fighters-almost-certainly-hit-US-Embassy-in-Iraq/8501608787635/
    expect(events('Officials on Wednesday blamed a militia for a rocket attack last weekend on the US Embassy in Baghdad.', '2020-12-24').map((e) => e.role)).toEqual(['background']);
  });
  // «وتعرضت عدة مرات لهجمات»: https://daynewsnow.com (الجيش العراقي يتولى السيطرة الكاملة على قاعدة عين الأسد)
  it('an article that only recalls attacks reports no news', () => {
    expect(events('وتولى الجيش العراقي إدارة قاعدة عين الأسد التي تعرضت عدة مرات لهجمات صاروخية.').map((e) => e.role)).toEqual(['background']);
  });
});

describe('US strikes', () => {
  // «مقتل قيادي بمليشيا "حركة النجباء" جراء غارة أمريكية»: https://eyeofeuphrates.com/ar/news/2024/01/05/10518
  it('the group named just before the strike word', () => {
    const e = only('مقتل قيادي في حركة النجباء جراء غارة أمريكية في بغداد');
    expect([e.kind, e.target_groups]).toEqual(['us_strike', ['harakat-al-nujaba']]);
  });
  // "US forces have carried out strikes targeting five Kata'ib Hezbollah facilities …, the Pentagon said in a statement": https://sputniknews.com/world/201912291077895583-us-strikes-five-military-facilities-in-syria-and-iraq/
  it('a statement word far from the group does not make it a claimant', () => {
    const e = only('US forces carried out strikes targeting five Kataib Hezbollah facilities in Syria and Iraq, including weapons depots, the Pentagon said in a statement.');
    expect([e.kind, e.target_groups]).toEqual(['us_strike', ['kataib-hezbollah']]);
  });
  it('a group claiming next to the strike word is no target', () => {
    expect(events('أعلنت كتائب حزب الله أنها ستواصل ضرب القوات الأمريكية')).toEqual([]);
  });
});
