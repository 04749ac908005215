import type { Outcome, Weapon } from './vocabulary';

/**
 * One attack (or US/coalition strike) an article reports: the CLI's contract
 * (`annotate --events`). Offsets of `evidence` are UTF-16 code units of the text
 * as given; `sites` and `target_groups` are dataset ids.
 */
export interface ArticleEvent {
  readonly kind: 'attack' | 'us_strike';
  readonly sites: string[];
  readonly target_groups: string[];
  readonly date: string | null;
  readonly date_precision: 'day' | 'month' | 'year' | null;
  readonly weapons: Weapon[];
  readonly claimed_by: string[];
  readonly attributed_to: string[];
  readonly casualties: { killed: number | null; injured: number | null } | null;
  readonly outcome: Outcome;
  /** `main`: the news the article reports; `background`: an earlier event it recalls. */
  readonly role: 'main' | 'background';
  readonly evidence: { start: number; end: number };
  readonly known_incident: string | null;
}
