/**
 * The words for the analyst's own incidents (issue 13), wherever they are listed:
 * the card, the incidents page and its proposal export. Kept beside the components
 * that use them; `{name}` placeholders as in components/i18n.
 */
import type { UiLang } from '@/components/i18n';

export const OWN_STRINGS = {
  myRecord: { ar: 'سجلّي', en: 'My record' },
  myRecordTitle: { ar: 'من سجلّي: حادثة حفظتُها من مقال، ليست من بيانات المشروع', en: "From my record: an incident I kept from an article, not from the project's dataset" },
  filterRecord: { ar: 'السجل', en: 'Record' },
  theDataset: { ar: 'بيانات المشروع', en: "The project's dataset" },
  inMyRecord: { ar: 'في سجلّي: {count}', en: 'In my record: {count}' },
  fromArticle: { ar: 'من المقال', en: 'From the article' },
  evidence: { ar: 'ما ورد في المقال', en: 'What the article says' },
  openClip: { ar: 'افتح المقتطف', en: 'Open the clip' },
  keptOn: { ar: 'حُفظت في {date}', en: 'Kept on {date}' },
  deleteOwn: { ar: 'احذف من سجلّي', en: 'Delete from my record' },
  deleteConfirm: { ar: 'تأكيد الحذف', en: 'Confirm deletion' },
  deleteFailed: { ar: 'تعذّر الحذف: {message}', en: 'Could not delete: {message}' },
  exportProposal: { ar: 'صدّر كمقترح', en: 'Export as proposal' },
  exportProposalHint: {
    ar: 'كل حوادث سجلّي في ملف بصيغة بيانات المشروع، يراجعه القائمون عليه ويدمجونه',
    en: "Every incident of my record as a file in the dataset's format, for the maintainers to review and merge",
  },
  proposalNone: { ar: 'لا حوادث في سجلّك بعد.', en: 'No incidents in my record yet.' },
  proposalDone: { ar: 'صُدّر: {file}', en: 'Exported: {file}' },
  proposalFailed: { ar: 'تعذّر التصدير: {message}', en: 'Could not export: {message}' },
} as const;

export type OwnStringKey = keyof typeof OWN_STRINGS;

export function ownT(lang: UiLang, key: OwnStringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return OWN_STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
