/** Strings of the radar's card: a name the page introduces as a group's, not in the dataset. */
export const candidateStrings = {
  candidateCardLabel: { ar: 'اسم جديد: {name}', en: 'New name: {name}' },
  candidateKind: { ar: 'ليست في البيانات', en: 'Not in the dataset' },
  candidateExplain: {
    ar: 'يقدّم المقال «{name}» على أنها جماعة مسلحة، ولا سجلّ لها في بيانات الإضافة بعد.',
    en: 'The article introduces “{name}” as an armed group; the extension’s dataset has no record of it yet.',
  },
  candidateCue: { ar: 'بعد عبارة: «{cue}»', en: 'After: “{cue}”' },
  copyProposal: { ar: 'نسخ مقترح سجلّ للمشرفين', en: 'Copy a proposed record for the maintainers' },
  proposalCopied: { ar: 'نُسخ المقترح إلى الحافظة. ألصقه في بلاغ إلى مشرفي البيانات.', en: 'Proposal copied to the clipboard. Paste it into a report to the dataset’s maintainers.' },
  proposalFailed: { ar: 'تعذّر النسخ إلى الحافظة ({detail}). انسخ السجلّ أدناه يدوياً.', en: 'Could not copy to the clipboard ({detail}). Copy the record below by hand.' },
  proposalPreview: { ar: 'السجلّ المقترح', en: 'The proposed record' },
} as const;
