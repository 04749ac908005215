import type { Settings } from '@/adapters/settings';
import type { UiLang } from '@/components/i18n';

export function DatasetSettings(_props: { lang: UiLang; settings: Settings }) {
  return null;
}
