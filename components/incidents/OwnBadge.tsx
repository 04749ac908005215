/**
 * The label of an incident from the analyst's own record («سجلّي» / "My record"):
 * words, not a colour alone, so screen readers and a grey-scale print say it too;
 * the title explains it on hover.
 */
import type { UiLang } from '@/components/i18n';
import { ownT } from './own-strings';

export function OwnBadge({ lang }: { lang: UiLang }) {
  return (
    <span class="badge own" title={ownT(lang, 'myRecordTitle')}>
      {ownT(lang, 'myRecord')}
    </span>
  );
}
