/**
 * Incidents as a STIX 2.1 bundle (§8): one `incident` (§4.6) per incident, the
 * sites it hit as `location`s and the groups behind it as threat actors or
 * identities (the clips export's model, stix-objects.ts), linked as OpenCTI models
 * an attack: `targets` from the incident to each site (what was attacked: targets,
 * not sightings) and `attributed-to` from the incident to each group — one per
 * claim (`x_mbr_basis` "claim") and one per group officials blamed (`x_mbr_basis`
 * "official", `x_mbr_attributed_by` naming who), so the two are never confused.
 *
 * STIX 2.1's incident is a stub (name, description, kill_chain_phases); what the
 * dataset records goes to custom properties (§11.1, prefix `x_mbr_`): `x_mbr_date`
 * and `x_mbr_date_precision`, `x_mbr_first_seen`/`x_mbr_last_seen` (the period the
 * date names, RFC 3339), `x_mbr_weapons`, `x_mbr_outcome`, `x_mbr_casualties`,
 * `x_mbr_campaign`, `x_mbr_summary_ar`, `x_mbr_incident_id`. The analyst's own
 * incidents carry `x_mbr_own: true`, the label "own-record", `x_mbr_article_url`
 * (also among their external references), `x_mbr_kept_at` and `x_mbr_corrected` (the fields they changed, when any);
 * their created/modified time is when they were kept.
 *
 * Ids (§2.9) are name-based UUIDv5 in this tool's namespace (uuid.ts), as in
 * stix.ts: `incident|<id>`, `location|<site>`, `threat-actor|<group>` or
 * `identity|<group>`, `relationship|targets|<incident>|<site>`,
 * `relationship|attributed-to|<claim or official>|<incident>|<group>`; sites and
 * groups get the same ids as in the clips export, so both files merge.
 */
import type { Incident } from '../dataset/schema';
import { groupKind } from './group-kind';
import { attackers, incidentIndex, isOwnIncident, periodEnd, type ExportIncident, type IncidentExportOptions, type IncidentIndex } from './incident-common';
import { CONFIDENCE, forceIdentity, location, references, sdo, threatActor, toolIdentity, type Stamp, type StixObject } from './stix-objects';
import { datasetTime, TOOL_IDENTITY_CREATED, type StixBundle } from './stix';
import type { ExportedEntity } from './common';
import { uuidV5Sync } from './uuid';

export async function exportStixIncidents(incidents: readonly ExportIncident[], options: IncidentExportOptions): Promise<string> {
  return JSON.stringify(await stixIncidentBundle(incidents, options)) + '\n';
}

type Basis = 'claim' | 'official';

export async function stixIncidentBundle(incidents: readonly ExportIncident[], options: IncidentExportOptions): Promise<StixBundle> {
  const index = incidentIndex(options.dataset);
  const sites = [...new Set(incidents.flatMap((i) => i.sites))];
  const groups = [...new Set(incidents.flatMap(attackers))];
  const groupType = (g: string) => (groupKind(index.group(g) ?? null) === 'armed-group' ? 'threat-actor' : 'identity');
  const keys: [string, string][] = [
    ['identity', 'tool'],
    ['bundle', `incidents|${options.exportedAt.toISOString()}|${incidents.map((i) => i.id).join(',')}`],
    ...sites.map((s): [string, string] => ['location', s]),
    ...groups.map((g): [string, string] => [groupType(g), g]),
  ];
  for (const i of incidents) {
    keys.push(['incident', i.id]);
    for (const s of i.sites) keys.push(['relationship', `targets|${i.id}|${s}`]);
    for (const [g, basis] of attributions(i)) keys.push(['relationship', `attributed-to|${basis}|${i.id}|${g}`]);
  }
  const ids = new Map(keys.map(([type, key]) => [`${type}|${key}`, `${type}--${uuidV5Sync(`${type}|${key}`)}`]));
  const id = (type: string, key: string) => ids.get(`${type}|${key}`)!;

  const tool = id('identity', 'tool');
  const data = datasetTime(options.dataset, options.exportedAt);
  const dataStamp: Stamp = { created: data, modified: data, created_by_ref: tool };
  const objects: StixObject[] = [toolIdentity(tool, { created: TOOL_IDENTITY_CREATED, modified: TOOL_IDENTITY_CREATED })];

  const siteIds = new Map<string, string>();
  for (const s of sites) {
    const object = location(id('location', s), dataStamp, entityOf(index, s, 'base'));
    if (!object) continue;
    objects.push(object);
    siteIds.set(s, object.id);
  }
  for (const g of groups) {
    const type = groupType(g);
    const e = entityOf(index, g, 'militia');
    objects.push(type === 'threat-actor' ? threatActor(id(type, g), dataStamp, e) : forceIdentity(id(type, g), dataStamp, e));
  }
  for (const i of incidents) {
    const stamp = isOwnIncident(i) ? ownStamp(i.kept_at, tool) : dataStamp;
    const incidentId = id('incident', i.id);
    objects.push(incidentObject(incidentId, stamp, i, index, i.sites.filter((s) => !siteIds.has(s))));
    for (const s of i.sites) {
      const target = siteIds.get(s);
      if (target) objects.push(sdo('relationship', id('relationship', `targets|${i.id}|${s}`), stamp, { relationship_type: 'targets', source_ref: incidentId, target_ref: target }));
    }
    for (const [g, basis] of attributions(i)) {
      objects.push(attribution(id('relationship', `attributed-to|${basis}|${i.id}|${g}`), stamp, incidentId, id(groupType(g), g), i, g, basis, index));
    }
  }
  return { type: 'bundle', id: id('bundle', keys[1]![1]), objects };
}

/** Each group behind `i` with how it is known: a claim, an official attribution, or both (two entries). */
function attributions(i: Incident): [string, Basis][] {
  const out: [string, Basis][] = i.claimed_by.map((g) => [g, 'claim']);
  for (const g of new Set(i.attributed_to.map((a) => a.group))) out.push([g, 'official']);
  return out;
}

function incidentObject(id: string, stamp: Stamp, i: ExportIncident, index: IncidentIndex, unlocated: readonly string[]): StixObject {
  const own = isOwnIncident(i);
  const siteNames = i.sites.map((s) => index.base(s)?.name_en ?? s);
  return sdo('incident', id, stamp, {
    name: `Attack on ${siteNames.join(', ')}, ${i.date_precision === 'day' ? i.date : i.date_precision === 'month' ? i.date.slice(0, 7) : i.date.slice(0, 4)}`,
    description: i.summary_en,
    labels: own ? ['attack', 'own-record'] : ['attack'],
    confidence: CONFIDENCE[i.confidence],
    external_references: references(i.id, own ? [i.article_url, ...i.sources] : i.sources),
    x_mbr_incident_id: i.id,
    x_mbr_date: i.date,
    x_mbr_date_precision: i.date_precision,
    x_mbr_first_seen: `${i.date}T00:00:00.000Z`,
    x_mbr_last_seen: `${periodEnd(i.date, i.date_precision)}T00:00:00.000Z`,
    x_mbr_weapons: i.weapons,
    x_mbr_outcome: i.outcome,
    ...(i.casualties ? { x_mbr_casualties: { killed: i.casualties.killed, injured: i.casualties.injured, ...(i.casualties.note ? { note: i.casualties.note } : {}) } } : {}),
    ...(i.campaign ? { x_mbr_campaign: i.campaign } : {}),
    x_mbr_summary_ar: i.summary_ar,
    ...(unlocated.length > 0 ? { x_mbr_unlocated_sites: unlocated } : {}),
    ...(own ? { x_mbr_own: true, x_mbr_article_url: i.article_url, x_mbr_kept_at: i.kept_at } : {}),
    ...(own && i.corrected.length > 0 ? { x_mbr_corrected: i.corrected } : {}),
  });
}

function attribution(id: string, stamp: Stamp, incidentId: string, groupId: string, i: Incident, g: string, basis: Basis, index: IncidentIndex): StixObject {
  const name = index.groupName(g);
  if (basis === 'claim') {
    return sdo('relationship', id, stamp, { relationship_type: 'attributed-to', source_ref: incidentId, target_ref: groupId, description: `${name} claimed the attack.`, x_mbr_basis: 'claim' });
  }
  const by = i.attributed_to.filter((a) => a.group === g);
  const sources = references(i.id, by.map((a) => a.source)).slice(1);
  return sdo('relationship', id, stamp, {
    relationship_type: 'attributed-to',
    source_ref: incidentId,
    target_ref: groupId,
    description: `Officials blamed ${name}: ${[...new Set(by.map((a) => a.by))].join('; ')}.`,
    x_mbr_basis: 'official',
    x_mbr_attributed_by: [...new Set(by.map((a) => a.by))],
    ...(sources.length > 0 ? { external_references: sources } : {}),
  });
}

/** An own incident's stamp: kept_at, normalised to the millisecond timestamps STIX asks for. */
function ownStamp(keptAt: string, tool: string): Stamp {
  const t = new Date(keptAt);
  const at = Number.isNaN(t.getTime()) ? TOOL_IDENTITY_CREATED : t.toISOString();
  return { created: at, modified: at, created_by_ref: tool };
}

/** A site or group as the STIX builders take it; one the dataset lacks is named by its id. */
function entityOf(index: IncidentIndex, id: string, kind: 'base' | 'militia'): ExportedEntity {
  const base = kind === 'base' ? index.base(id) ?? null : null;
  const militia = kind === 'militia' ? index.group(id) ?? null : null;
  const record = base ?? militia;
  return { id, kind, name_en: record?.name_en ?? id, name_ar: record?.name_ar ?? id, base, militia, incidents: [], mentions: 0, clips: 0 };
}
