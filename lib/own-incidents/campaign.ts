/**
 * The campaign an incident of a given date belongs to, where the date alone says
 * it: the Gaza-war window SCHEMA.md dates, then the later periods whose files hold
 * every incident of their span (data/incidents/). Earlier years mix two campaigns
 * (Iraq's rockets and Syria's clashes overlap from 2021 to 2023), so there the
 * analyst or the reviewer chooses; `undefined` then, as after 2026 until a new
 * campaign is named.
 */
import { GAZA_WAR_CAMPAIGN, type Campaign } from '../dataset/schema';

const PERIODS: readonly { readonly from: string; readonly to: string; readonly campaign: Campaign }[] = [
  { from: GAZA_WAR_CAMPAIGN.from, to: GAZA_WAR_CAMPAIGN.to, campaign: GAZA_WAR_CAMPAIGN.id },
  { from: '2024-02-05', to: '2024-12-31', campaign: '2024-resumption' },
  { from: '2025-01-01', to: '2025-12-31', campaign: '2025' },
  { from: '2026-02-28', to: '2026-12-31', campaign: '2026-iran-war' },
];

export function campaignFor(date: string): Campaign | undefined {
  return PERIODS.find((p) => date >= p.from && date <= p.to)?.campaign;
}

/** The file of data/incidents/ an incident goes to: its campaign's, else its year's. */
export function incidentFileFor(incident: { readonly date: string; readonly campaign?: Campaign }): string {
  return `incidents/${incident.campaign ?? incident.date.slice(0, 4)}.json`;
}
