import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { createCandidateFinder } from '../../lib/candidates';
import { arabicCandidateCues } from '../../lib/language/ar/candidate-cues';
import { latinCandidateCues } from '../../lib/language/latin/candidate-cues';
import { createMentionFinder } from '../../lib/mentions';

const mentions = createMentionFinder(gazetteer);
const radar = createCandidateFinder();
const find = (text: string) => radar.find(text, () => mentions.find(text));
const names = (text: string) => find(text).map((c) => c.text);

describe('candidate cues: each rule finds the name in its example', () => {
  for (const set of [arabicCandidateCues, latinCandidateCues]) {
    for (const cue of set.cues) {
      it(`${set.lang}: ${cue.name}`, () => {
        const found = find(cue.example);
        expect(found.map((c) => c.text)).toEqual([cue.expected]);
        expect(found[0].rule).toBe(cue.name);
        expect(found[0].lang).toBe(set.lang);
      });
    }
  }
});

describe('candidates', () => {
  it('gives UTF-16 offsets of the name as written, without its quotes, and of the cue', () => {
    const text = '😀 وظهر فصيلٌ جديدٌ يُطلق على نفسه «سرايا الفجر الأحمر» أمس';
    const [c] = find(text);
    expect(text.slice(c.start, c.end)).toBe('سرايا الفجر الأحمر');
    expect(c.text).toBe('سرايا الفجر الأحمر');
    expect(text.slice(c.cue.start, c.cue.end)).toBe('فصيلٌ جديدٌ يُطلق على نفسه');
  });

  it('takes an unquoted Arabic name up to a stop word, a conjunction with a verb, or punctuation', () => {
    expect(names('جماعة تطلق على نفسها اسم رايات الوادي البعيد وتبنت الهجوم')).toEqual(['رايات الوادي البعيد']);
    expect(names('فصيل يسمي نفسه حراس النهر الثالث، في بيان')).toEqual(['حراس النهر الثالث']);
    expect(names('جماعة تدعى أنصار الجسر الغربي على قاعدة')).toEqual(['أنصار الجسر الغربي']);
  });

  it('takes an unquoted English name of capitalised words, with al- and of inside', () => {
    expect(names('Later, a new Iraqi group called Ahl al-Jisr al-Gharbi said it launched the drones.')).toEqual(['Ahl al-Jisr al-Gharbi']);
    expect(names('a faction calling itself the Brigades of the Western Bridge, which')).toEqual(['Brigades of the Western Bridge']);
  });

  it('keeps a capitalised article and an apostrophe inside a Latin name', () => {
    // https://www.thenationalnews.com/mena/iraq/drone-attack-on-us-base-at-erbil-airport-in-northern-iraq-1.1203900 ("Al Sabiqoon")
    expect(names('A group calling itself Al Nahr al-Thalith issued a statement.')).toEqual(['Al Nahr al-Thalith']);
    // https://english.iswnews.com/29919/new-anti-government-militant-group-forms-in-syrias-homs/ ("Sha’biya")
    expect(names('the formation of a new group called Saraya Al Jisr Al Sha’biya against')).toEqual(['Saraya Al Jisr Al Sha’biya']);
  });

  it('reads the accusative group nouns and «تشكيل ما سمته»', () => {
    // https://ksa.ksa2day.com/Home/NewsDetails?NewsID=2450132 («تشكيلها فصيلا عسكريا تحت اسم»)
    expect(names('أعلنت الجبهة تشكيلها فصيلا عسكريا تحت اسم "حراس النهر الثالث"')).toEqual(['حراس النهر الثالث']);
    // http://alwatan.sy/archives/141657 («تشكيل ما سموه «…»»)
    expect(names('أعلن مسلحون تشكيل ما سموه «حراس النهر الثالث» أمس')).toEqual(['حراس النهر الثالث']);
  });

  it('never marks a known group, nor a name overlapping one', () => {
    expect(names('ظهر فصيل جديد يدعى "الثوريون"')).toEqual([]);
    expect(names('وتبنت "المقاومة الإسلامية في العراق" الهجوم')).toEqual([]);
    expect(names('a group calling itself Kataib Hezbollah Brigade')).toEqual([]);
    expect(names('a group calling itself Ashab al-Kahf')).toEqual([]);
  });

  it('never marks a generic phrase', () => {
    expect(names('جماعة تدعى "فصائل مسلحة"')).toEqual([]);
    expect(names('جماعات مسلحة تطلق على نفسها اسم المقاومة الإسلامية')).toEqual([]);
    expect(names('a group calling itself "Iran-backed militias"')).toEqual([]);
    expect(names('a movement known as the Islamic Resistance')).toEqual([]);
    // https://aliraqnews.com/?p=285679: «أعلنت مجموعة ”وهمية” تطلق على نفسها …» (a description in quotes)
    expect(names('أعلنت مجموعة "وهمية" تطلق على نفسها اسم "المنتقمون الجدد"')).toEqual(['المنتقمون الجدد']);
  });

  it('reads «بـ"…"» and «بـ "…"» as the quote it introduces, never as a name', () => {
    // https://masrawy.com/news/news_publicaffairs/details/2024/1/18/2525901/ («تُدعى بـ "المقاومة الإسلامية"»)
    expect(names('وأكدت فصائل مسلحة تُدعى بـ "المقاومة الإسلامية" مسؤوليتها')).toEqual([]);
    expect(names('جماعة تعرف باسم بـ "حراس النهر الثالث"')).toEqual(['حراس النهر الثالث']);
    expect(names('جماعة تدعى بـ"حراس النهر الثالث"')).toEqual(['حراس النهر الثالث']);
  });

  it('needs the cue: a quoted or capitalised name elsewhere is no candidate', () => {
    expect(names('قال "أبو علي" إن الهجوم وقع')).toEqual([]);
    expect(names('The group called Biden a liar.')).toEqual([]);
    expect(names('The militia called for a withdrawal; a man named John Smith spoke.')).toEqual([]);
    expect(names('أعلن "البنتاغون" أن')).toEqual([]);
    expect(names('وتبنت الحكومة الخطة الجديدة')).toEqual([]);
  });

  it('is bounded: no unquoted name longer than six words, no quoted one across a clause', () => {
    expect(names('فصيل يطلق على نفسه اسم كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة')).toEqual([]);
    expect(names('جماعة تدعى "أنصار الجسر. وقال آخرون"')).toEqual([]);
  });

  it('does not ask for the mentions when no cue is found', () => {
    let asked = 0;
    radar.find('قصف قاعدة عين الأسد', () => (asked++, []));
    expect(asked).toBe(0);
  });
});
