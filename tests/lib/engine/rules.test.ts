import { describe, expect, it } from 'vitest';
import { createMentionFinder } from '../../../lib/mentions';
import { miniGazetteer } from '../../fixtures/mini-gazetteer';

const finder = createMentionFinder(miniGazetteer);
/** Each mention as "text→id", with "~" for near-misses. */
const found = (text: string) => finder.find(text).map((m) => `${m.text}→${m.entity.id}${m.match === 'fuzzy' ? '~' : ''}`);

describe('spelling: hamza, diacritics, Persian letters, presentation forms', () => {
  it('matches a name without hamza', () => expect(found('قصف قاعدة عين الاسد')).toEqual(['عين الاسد→ain-al-asad']));
  it('matches a fully vowelled name and keeps its marks in the span', () => expect(found('قَاعِدَةُ عَيْنِ الأَسَدِ.')).toEqual(['عَيْنِ الأَسَدِ→ain-al-asad']));
  it('matches a Persian-keyboard kaf and yeh', () => expect(found('کتائب حزب الله')).toEqual(['کتائب حزب الله→kataib-hezbollah']));
  it('matches across a run of spaces, a line break or a no-break space', () =>
    expect(found('قاعدة عين  \n\u00a0الأسد وكتائب  حزب الله')).toEqual(['عين  \n\u00a0الأسد→ain-al-asad', 'كتائب  حزب الله→kataib-hezbollah']));
  it('matches with tatweel and zero-width joiners inside', () => expect(found('عيـــن الأ\u200cسد')).toEqual(['عيـــن الأ\u200cسد→ain-al-asad']));
  it('matches the أميركية spelling of a أمريكية alias', () => expect(found('السفارة الأميركية في بغداد')).toEqual(['السفارة الأميركية→us-embassy']));
  it('matches a spelling variant of a word inside a name', () => expect(found('قوات سورية الديموقراطية')).toEqual(['قوات سورية الديموقراطية→sdf']));
});

describe('proclitics', () => {
  it.each([
    ['لحزب الله', 'حزب الله'],
    ['وحزب الله', 'حزب الله'],
    ['فحزب الله', 'حزب الله'],
    ['بحزب الله', 'حزب الله'],
    ['كحزب الله', 'حزب الله'],
    ['ولحزب الله', 'حزب الله'],
    ['وبحزب الله', 'حزب الله'],
  ])('reports «%s» without its clitic', (text, span) => expect(found(text)).toEqual([`${span}→hezbollah`]));

  it('reads لل as ل + ال and starts the span at the article', () => {
    expect(found('للحشد الشعبي')).toEqual(['لحشد الشعبي→pmf']);
    expect(found('وللمقاومة الإسلامية في العراق')).toEqual(['لمقاومة الإسلامية في العراق→iri']);
  });

  it('keeps the article when the name has it', () => expect(found('والحشد الشعبي')).toEqual(['الحشد الشعبي→pmf']));

  it('reads the بـ" and quote forms', () => {
    expect(found('ما تسمى بـ"المقاومة الإسلامية في العراق"')).toEqual(['المقاومة الإسلامية في العراق→iri']);
    expect(found('بـ «المقاومة الإسلامية في العراق»')).toEqual(['المقاومة الإسلامية في العراق→iri']);
  });

  it('does not take letters that are not proclitics', () => {
    expect(found('محزب الله')).toEqual([]);
    expect(found('سحزب الله')).toEqual([]);
    expect(found('وبلحزب الله')).toEqual([]);
  });

  it('does not read an elided article without its ل', () => expect(found('لحشد الشعبي')).toEqual([]));

  it('takes the article onto a name written without it, in the span', () => {
    expect(found('قاعدة الحرير')).toEqual(['الحرير→harir']);
    expect(found('قاعدة بالحرير')).toEqual(['الحرير→harir']);
    expect(found('قاعدة للحرير')).toEqual(['لحرير→harir']);
    expect(found('Hezbollah والHezbollah')).toEqual(['Hezbollah→hezbollah', 'Hezbollah→hezbollah']);
  });

  it('does not take a second article', () => expect(found('الالحشد الشعبي')).toEqual([]));

  it('lets Arabic proclitics glue to a Latin name, outside its span', () => expect(found('قاعدة الـHarir')).toEqual(['Harir→harir']));

  it('needs a word boundary after the name', () => {
    expect(found('عين الأسدي')).toEqual([]);
    expect(found('حزب اللهم')).toEqual([]);
  });
});

describe('the longest, most specific name wins', () => {
  it('«حزب الله» inside «كتائب حزب الله» is Kata’ib Hezbollah', () => expect(found('وقالت كتائب حزب الله في العراق')).toEqual(['كتائب حزب الله→kataib-hezbollah']));
  it('«حزب الله» inside «حركة حزب الله النجباء» is al-Nujaba', () => expect(found('حركة حزب الله النجباء')).toEqual(['حركة حزب الله النجباء→nujaba']));
  it('of crossing names, the leftmost wins', () => expect(found('كتائب حزب الله النجباء')).toEqual(['كتائب حزب الله→kataib-hezbollah']));
  it('«حزب الله» alone is Hezbollah', () => expect(found('حماس وحزب الله')).toEqual(['حماس→hamas', 'حزب الله→hezbollah']));
  it('a name shared by two entities is reported for neither', () => expect(found('قصف المنطقة الخضراء')).toEqual([]));
});

describe('ordinary words need context', () => {
  it('«الحرير» as silk is not Harir', () => {
    expect(found('طريق الحرير')).toEqual([]);
    expect(found('ثوب من الحرير الطبيعي')).toEqual([]);
  });
  it('Harir after a trigger word, with or without clitics on it', () => {
    expect(found('قصف قاعدة حرير')).toEqual(['حرير→harir']);
    expect(found('استهدفت بقاعدة الحرير')).toEqual(['الحرير→harir']);
    expect(found('في مطار حرير')).toEqual(['حرير→harir']);
    expect(found('إلى القاعدة حرير')).toEqual(['حرير→harir']);
    expect(found('قاعدة "حرير"')).toEqual(['حرير→harir']);
    expect(found('كامب حرير')).toEqual(['حرير→harir']);
  });
  it('quotes alone do not make an ordinary base name a name (a quoted «كونوكو» may be the company)', () => expect(found('استهداف «الحرير» بمسيرة')).toEqual([]));
  it('a trigger word with modifiers between it and the name', () => {
    expect(found('القاعدة الأمريكية "الحرير"')).toEqual(['الحرير→harir']);
    expect(found('قاعدة الاحتلال الأميركي حرير')).toEqual(['حرير→harir']);
    expect(found('قاعدة كبيرة الحرير')).toEqual([]);
  });
  it('«قاعدة … في X»: a preposition of place after a trigger word', () => {
    expect(found('القاعدة الأمريكية في حرير')).toEqual(['حرير→harir']);
    expect(found('قاعدة للتحالف الدولي في منطقة الحرير')).toEqual(['الحرير→harir']);
    expect(found('استهدفت قاعدتين عسكريتين للقوات الأميركية في الحرير')).toEqual(['الحرير→harir']);
    expect(found('سافر إلى الحرير')).toEqual([]);
    expect(found('المصنع في الحرير')).toEqual([]);
    expect(found('قاعدة. في الحرير')).toEqual([]);
  });
  it('an ordinary name joined to a mention of the same kind', () => {
    expect(found('قاعدتي عين الأسد وحرير')).toEqual(['عين الأسد→ain-al-asad', 'حرير→harir']);
    expect(found('عين الأسد، البلد، وحرير')).toEqual(['عين الأسد→ain-al-asad', 'البلد→balad', 'حرير→harir']);
    expect(found('كتائب حزب الله والنجباء')).toEqual(['كتائب حزب الله→kataib-hezbollah', 'النجباء→nujaba']);
    expect(found('عين الأسد والنجباء')).toEqual(['عين الأسد→ain-al-asad']);
    expect(found('عين الأسد ثم حرير')).toEqual(['عين الأسد→ain-al-asad']);
    expect(found('"عين الأسد" و"حرير"')).toEqual(['عين الأسد→ain-al-asad', 'حرير→harir']);
  });
  it('«هذا البلد» is not Balad', () => {
    expect(found('هذا البلد جميل')).toEqual([]);
    expect(found('قاعدة البلد')).toEqual(['البلد→balad']);
  });
  it('«الأسد» the president is not Ain al-Asad', () => {
    expect(found('نظام الأسد في دمشق')).toEqual([]);
    expect(found('قاعدة الأسد الجوية')).toEqual(['الأسد→ain-al-asad']);
  });
  it('a cue word before an ordinary militia name', () => {
    expect(found('الثوريون الفرنسيون')).toEqual([]);
    expect(found('تبنى الهجوم فصيل جديد يدعى الثوريون')).toEqual(['الثوريون→thawriyun']);
    expect(found('فصيل جديد يدعى “الثوريون”')).toEqual(['الثوريون→thawriyun']);
    expect(found('قالت جماعة النجباء')).toEqual(['النجباء→nujaba']);
    expect(found('أبناؤنا النجباء')).toEqual([]);
  });
  it('a cue does not reach across a sentence end', () => expect(found('هذا فصيل. الثوريون الفرنسيون')).toEqual([]));
  it('a name ordinary only with some proclitics', () => {
    expect(found('قالت حماس')).toEqual(['حماس→hamas']);
    expect(found('استقبلوه بحماس كبير')).toEqual([]);
    expect(found('زاد الحماس في الملعب')).toEqual([]);
    expect(found('وحماس')).toEqual(['حماس→hamas']);
    expect(found('علاقة حركة بحماس')).toEqual(['حماس→hamas']);
  });
  it('trigger words for bases are not cues for militias', () => expect(found('قاعدة الثوريون')).toEqual([]));
});

describe('near-misses after a trigger word', () => {
  it('matches «خراب الجبير» after قاعدة as fuzzy, with a score', () => {
    const [m] = finder.find('قاعدة خراب الجبير في ريف الحسكة');
    expect(m).toMatchObject({ text: 'خراب الجبير', match: 'fuzzy', entity: { id: 'kharab-al-jir' } });
    expect(m.score).toBeGreaterThan(0.8);
    expect(m.score).toBeLessThan(1);
  });
  it('across a double space', () => expect(found('قاعدة خراب  الجبير')).toEqual(['خراب  الجبير→kharab-al-jir~']));
  it('also after مطار and in quotes', () => expect(found('قاعدة مطار "خراب الجبير"')).toEqual(['خراب الجبير→kharab-al-jir~']));
  it('never without a trigger word in the text', () => expect(found('الهجوم على خراب الجبير')).toEqual([]));
  it('spreads to the other occurrences in the same text once a trigger has shown it', () =>
    expect(found('الهجوم على «خراب الجبير». قصف قاعدة خراب الجبير. فشل هجوم لخراب الجبير')).toEqual([
      'خراب الجبير→kharab-al-jir~',
      'خراب الجبير→kharab-al-jir~',
      'خراب الجبير→kharab-al-jir~',
    ]));
  it('does not match words far from every name', () => expect(found('قاعدة عسكرية أمريكية')).toEqual([]));
  it('does not match short names with an edit', () => expect(found('قاعدة بلدة')).toEqual([]));
  it('prefers the exact name when there is one', () => expect(found('قاعدة عين الأسد')).toEqual(['عين الأسد→ain-al-asad']));
});

describe('English in Latin script', () => {
  it('is case-, accent- and hyphen-insensitive', () => {
    expect(found('Rockets hit AIN AL-ASAD and Ain al Asad; Āin al-Asad')).toEqual(['AIN AL-ASAD→ain-al-asad', 'Ain al Asad→ain-al-asad', 'Āin al-Asad→ain-al-asad']);
  });
  it('reads apostrophes as optional', () => expect(found('Kataib Hezbollah and Kata’ib Hezbollah’s')).toEqual(['Kataib Hezbollah→kataib-hezbollah', 'Kata’ib Hezbollah→kataib-hezbollah']));
  it('respects word boundaries', () => expect(found('Hezbollahs xHezbollah')).toEqual([]));
  it('requires a trigger word for an ordinary English name, before or after', () => {
    expect(found('Harir is a town')).toEqual([]);
    expect(found('the Harir base')).toEqual(['Harir→harir']);
    expect(found('Camp Harir')).toEqual(['Harir→harir']);
  });
  it('mixes with Arabic in one text', () => expect(found('Hezbollah أو حزب الله')).toEqual(['Hezbollah→hezbollah', 'حزب الله→hezbollah']));
});

describe('names that include their trigger', () => {
  it('keeps حقل when it is part of the name', () => expect(found('القاعدة الأميركية في حقل كونيكو للغاز')).toEqual(['حقل كونيكو→conoco']));
});
