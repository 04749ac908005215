/**
 * «صدّر كمقترح» / "Export as proposal": the analyst's own incidents as a file in
 * the dataset's schema (lib/own-incidents/proposal.ts) for the maintainers, who
 * check and file it with `npm run data:build -- --merge FILE`. Every own incident
 * goes in, whatever the page's filters show: a proposal is the whole record.
 */
import { useState } from 'preact/hooks';
import { ask } from '@/adapters/messaging';
import type { UiLang } from '@/components/i18n';
import { offerDownload } from '@/components/library/exporting';
import { proposalFileName, proposalText } from '@/lib/own-incidents/proposal';
import type { OwnIncident } from '@/lib/own-incidents/types';
import { ownT } from './own-strings';

export interface ProposalExportProps {
  readonly lang: UiLang;
  /** How many own incidents the page lists (the button is off at 0). */
  readonly count: number;
  /** The whole own records (the page lists summaries); by default asked of the background. */
  readonly load?: () => Promise<readonly OwnIncident[]>;
  readonly now?: () => Date;
}

const askAll = () => ask({ type: 'own-incidents/list' });

type Status = { kind: 'idle' | 'busy' | 'none' } | { kind: 'ok'; file: string } | { kind: 'error'; message: string };

export function ProposalExport({ lang, count, load = askAll, now = () => new Date() }: ProposalExportProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async () => {
    setStatus({ kind: 'busy' });
    try {
      const own = await load();
      if (own.length === 0) return setStatus({ kind: 'none' });
      const name = proposalFileName(now());
      offerDownload(document, { name, type: 'application/json', data: proposalText(own) });
      setStatus({ kind: 'ok', file: name });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const hint = ownT(lang, 'exportProposalHint');
  return (
    <section class="own-proposal" aria-label={ownT(lang, 'exportProposal')}>
      <p class="row">
        <button type="button" class="export-proposal" disabled={status.kind === 'busy' || count === 0} aria-describedby="own-proposal-hint" onClick={() => void run()}>
          {ownT(lang, 'exportProposal')}
        </button>{' '}
        <span id="own-proposal-hint" class="muted">
          {hint}
        </span>
      </p>
      <p class={`export-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind === 'ok'
          ? ownT(lang, 'proposalDone', { file: status.file })
          : status.kind === 'none'
            ? ownT(lang, 'proposalNone')
            : status.kind === 'error'
              ? ownT(lang, 'proposalFailed', { message: status.message })
              : ''}
      </p>
    </section>
  );
}
