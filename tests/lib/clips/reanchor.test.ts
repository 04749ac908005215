import { describe, expect, it } from 'vitest';
import { TextAnchorer } from '../../../lib/anchoring';
import { reanchorClip } from '../../../lib/clips/reanchor';
import { ARTICLE, sampleClips } from '../../fixtures/clips';

describe('reanchorClip', () => {
  it('marks the passage and its mentions again in an edited page', async () => {
    const page = `العنوان\n${ARTICLE}\nاقرأ أيضاً`;
    const [clip] = await sampleClips();
    const edited = 'عاجل | ' + page.replace('قرب مطار بغداد', 'قرب مطار بغداد الدولي');
    const found = reanchorClip(new TextAnchorer(edited), clip!);
    expect(edited.slice(found.passage!.start, found.passage!.end)).toBe(clip!.text.replace('قرب مطار بغداد', 'قرب مطار بغداد الدولي'));
    expect(found.mentions.map((m) => m && edited.slice(m.start, m.end))).toEqual(clip!.mentions.map((m) => m.exact));
  });

  it('finds an extracted article by its text, and mentions on their own when the passage is gone', async () => {
    const clips = await sampleClips();
    const article = clips[1]!;
    const page = 'قائمة التنقل\n' + ARTICLE.replace(/\n/g, '\n\n') + '\nحقوق النشر';
    const found = reanchorClip(new TextAnchorer(page), article);
    expect(found.passage).not.toBeNull();
    expect(found.mentions.every((m, i) => m && page.slice(m.start, m.end) === article.mentions[i]!.exact)).toBe(true);
    const other = 'صفحة أخرى تماماً. قصفت كتائب حزب الله قاعدة عين الأسد في محافظة الأنبار أمس.';
    const lost = reanchorClip(new TextAnchorer(other), article);
    expect(lost.passage).toBeNull();
    expect(lost.mentions.filter((m) => m !== null).map((m) => other.slice(m!.start, m!.end))).toEqual(['كتائب حزب الله', 'عين الأسد', 'عين الأسد']);
  });
});
