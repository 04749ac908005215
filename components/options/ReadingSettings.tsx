import type { Settings } from '@/adapters/settings';
import type { UiLang } from '@/components/i18n';

export function ReadingSettings(_props: { lang: UiLang; settings: Settings }) {
  return null;
}
