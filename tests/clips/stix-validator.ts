/**
 * A STIX 2.1 validator for the object types the clips export writes (STIX Version
 * 2.1, OASIS Standard 2021): bundle shape (§8), identifiers (§2.9), common
 * properties (§3.2), timestamps (§3.2, millisecond precision for created/modified),
 * required and allowed properties per type (§4.5 identity, §4.8 intrusion-set,
 * §4.6 incident, §4.10 location, §4.11 note, §4.14 report, §4.16 threat-actor,
 * §5.1 relationship),
 * external references (§2.5), reference integrity within the bundle, and custom
 * properties only with the x_ prefix (§11.1).
 */

type Obj = Record<string, unknown>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const TIMESTAMP_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3,}Z$/;
const COMMON = ['type', 'spec_version', 'id', 'created', 'modified', 'created_by_ref', 'revoked', 'labels', 'confidence', 'lang', 'external_references', 'object_marking_refs', 'granular_markings', 'extensions'];

const TYPES: Record<string, { required: string[]; optional: string[] }> = {
  incident: { required: ['name'], optional: ['description', 'kill_chain_phases'] },
  identity: { required: ['name'], optional: ['description', 'roles', 'identity_class', 'sectors', 'contact_information'] },
  'threat-actor': { required: ['name'], optional: ['description', 'threat_actor_types', 'aliases', 'first_seen', 'last_seen', 'roles', 'goals', 'sophistication', 'resource_level', 'primary_motivation', 'secondary_motivations', 'personal_motivations'] },
  'intrusion-set': { required: ['name'], optional: ['description', 'aliases', 'first_seen', 'last_seen', 'goals', 'resource_level', 'primary_motivation', 'secondary_motivations'] },
  location: { required: [], optional: ['name', 'description', 'latitude', 'longitude', 'precision', 'region', 'country', 'administrative_area', 'city', 'street_address', 'postal_code'] },
  note: { required: ['content', 'object_refs'], optional: ['abstract', 'authors'] },
  report: { required: ['name', 'published', 'object_refs'], optional: ['description', 'report_types'] },
  relationship: { required: ['relationship_type', 'source_ref', 'target_ref'], optional: ['description', 'start_time', 'stop_time'] },
};

/**
 * §4.16 / §4.10 / common relationships: which relationship types may link which
 * source and target types. The incident stub (§4.6) defines none; an incident
 * `targets` what was attacked and is `attributed-to` who did it as OpenCTI models it.
 */
const RELATIONSHIPS: Record<string, [string[], string[]]> = {
  targets: [['threat-actor', 'intrusion-set', 'campaign', 'attack-pattern', 'malware', 'tool', 'incident'], ['identity', 'location', 'vulnerability', 'infrastructure']],
  'attributed-to': [['intrusion-set', 'campaign', 'threat-actor', 'incident'], ['threat-actor', 'intrusion-set', 'identity']],
  'located-at': [['threat-actor', 'intrusion-set', 'identity', 'infrastructure'], ['location']],
  'related-to': [[], []],
};

/** §10 vocabularies the export uses (open vocabularies: this tool keeps to the suggested values). */
const IDENTITY_CLASS = ['individual', 'group', 'system', 'organization', 'class', 'unknown'];
const THREAT_ACTOR_TYPE = ['activist', 'competitor', 'crime-syndicate', 'criminal', 'hacker', 'insider-accidental', 'insider-disgruntled', 'nation-state', 'sensationalist', 'spy', 'terrorist', 'unknown'];

const isId = (v: unknown, type?: string) => typeof v === 'string' && new RegExp(`^${type ?? '[a-z0-9-]+'}--${UUID}$`).test(v);

/** Every problem found, as `<id>: <what>`; empty when the bundle is valid. */
export function stixProblems(bundle: unknown): string[] {
  const p: string[] = [];
  if (bundle === null || typeof bundle !== 'object') return ['bundle is not an object'];
  const b = bundle as Obj;
  if (b.type !== 'bundle') p.push('bundle: type must be "bundle"');
  if (!isId(b.id, 'bundle')) p.push('bundle: id must be bundle--<UUID>');
  const extra = Object.keys(b).filter((k) => !['type', 'id', 'objects'].includes(k));
  if (extra.length > 0) p.push(`bundle: unexpected properties ${extra.join(', ')}`);
  if (!Array.isArray(b.objects) || b.objects.length === 0) return [...p, 'bundle: objects must be a non-empty list'];
  const objects = b.objects as Obj[];
  const byId = new Map<string, Obj>();
  const uuids = new Set<string>();
  for (const o of objects) {
    if (typeof o.id === 'string') {
      if (byId.has(o.id)) p.push(`${o.id}: duplicate id`);
      byId.set(o.id, o);
      const uuid = o.id.split('--')[1]!;
      if (uuids.has(uuid)) p.push(`${o.id}: UUID part reused by another object (§2.9)`);
      uuids.add(uuid);
    }
  }
  for (const o of objects) p.push(...objectProblems(o, byId).map((m) => `${String(o.id)}: ${m}`));
  return p;
}

function objectProblems(o: Obj, byId: Map<string, Obj>): string[] {
  const p: string[] = [];
  const type = o.type as string;
  const spec = TYPES[type];
  if (!spec) return [`unknown or unexpected type ${type}`];
  if (o.spec_version !== '2.1') p.push('spec_version must be "2.1"');
  if (!isId(o.id, type)) p.push(`id must be ${type}--<RFC 4122 UUID>`);
  for (const k of ['created', 'modified']) if (typeof o[k] !== 'string' || !TIMESTAMP_MS.test(o[k] as string)) p.push(`${k} must be a UTC timestamp with milliseconds`);
  if (typeof o.created === 'string' && typeof o.modified === 'string' && o.modified < o.created) p.push('modified is before created');
  for (const k of spec.required) if (o[k] === undefined) p.push(`missing required ${k}`);
  for (const [k, v] of Object.entries(o)) {
    if (!COMMON.includes(k) && !spec.required.includes(k) && !spec.optional.includes(k) && !/^x_[a-z0-9_]{1,247}$/.test(k)) p.push(`property ${k} is neither defined for ${type} nor a custom x_ property`);
    if (v === null) p.push(`${k} is null`);
    if (v === '') p.push(`${k} is empty`);
    if (Array.isArray(v) && v.length === 0) p.push(`${k} is an empty list`);
    if (k.endsWith('_ref') && !isId(v)) p.push(`${k} is not an identifier`);
    if (k.endsWith('_ref') && isId(v) && !byId.has(v as string)) p.push(`${k} ${v} is not in the bundle`);
    if (k.endsWith('_refs')) for (const r of (v as unknown[]) ?? []) if (!isId(r) || !byId.has(r as string)) p.push(`${k} has ${String(r)}, not an object of the bundle`);
  }
  if (o.confidence !== undefined && !(Number.isInteger(o.confidence) && (o.confidence as number) >= 0 && (o.confidence as number) <= 100)) p.push('confidence must be an integer 0–100');
  if (o.labels !== undefined && !(Array.isArray(o.labels) && o.labels.every((l) => typeof l === 'string'))) p.push('labels must be a list of strings');
  for (const r of (o.external_references as Obj[] | undefined) ?? []) {
    if (typeof r.source_name !== 'string' || r.source_name === '') p.push('external reference without source_name');
    if (r.description === undefined && r.url === undefined && r.external_id === undefined) p.push('external reference needs description, url or external_id');
    if (r.url !== undefined && !/^https?:\/\/[^\s<>"]+$/.test(r.url as string)) p.push(`external reference url ${String(r.url)} is not a URL`);
  }
  p.push(...typeProblems(type, o, byId));
  return p;
}

function typeProblems(type: string, o: Obj, byId: Map<string, Obj>): string[] {
  const p: string[] = [];
  const nonEmptyString = (k: string) => o[k] === undefined || (typeof o[k] === 'string' && (o[k] as string).trim() !== '') || p.push(`${k} must be a non-empty string`);
  if (type === 'location') {
    const hasLat = o.latitude !== undefined;
    const hasLon = o.longitude !== undefined;
    if (hasLat !== hasLon) p.push('latitude and longitude go together');
    if (!(o.region !== undefined || o.country !== undefined || (hasLat && hasLon))) p.push('needs region, country, or latitude and longitude');
    if (hasLat && !(typeof o.latitude === 'number' && o.latitude >= -90 && o.latitude <= 90)) p.push('latitude out of range');
    if (hasLon && !(typeof o.longitude === 'number' && o.longitude >= -180 && o.longitude <= 180)) p.push('longitude out of range');
    if (o.precision !== undefined && (!hasLat || typeof o.precision !== 'number' || o.precision < 0)) p.push('precision needs latitude/longitude and must be ≥ 0');
  }
  if (type === 'report') {
    nonEmptyString('name');
    if (typeof o.published !== 'string' || !TIMESTAMP.test(o.published)) p.push('published must be a timestamp');
    if (!Array.isArray(o.object_refs) || o.object_refs.length === 0) p.push('object_refs must be non-empty');
  }
  if (type === 'note' && (!Array.isArray(o.object_refs) || o.object_refs.length === 0)) p.push('object_refs must be non-empty');
  if (type === 'threat-actor' || type === 'intrusion-set' || type === 'identity' || type === 'incident') nonEmptyString('name');
  if (type === 'identity' && o.identity_class !== undefined && !IDENTITY_CLASS.includes(o.identity_class as string)) p.push(`identity_class ${String(o.identity_class)} is not in identity-class-ov`);
  if (type === 'threat-actor') {
    const types = o.threat_actor_types;
    // Optional in 2.1 but SHOULD be populated (§4.16); every value from threat-actor-type-ov.
    if (!Array.isArray(types) || types.length === 0) p.push('threat_actor_types should be populated');
    else for (const t of types) if (!THREAT_ACTOR_TYPE.includes(t as string)) p.push(`threat_actor_types value ${String(t)} is not in threat-actor-type-ov`);
  }
  if (type === 'relationship') {
    if (typeof o.relationship_type !== 'string' || !/^[a-z0-9-]+$/.test(o.relationship_type)) p.push('relationship_type must be lowercase ASCII, digits and hyphens');
    const allowed = RELATIONSHIPS[o.relationship_type as string];
    const source = byId.get(o.source_ref as string);
    const target = byId.get(o.target_ref as string);
    if (allowed && allowed[0].length > 0 && source && !allowed[0].includes(source.type as string)) p.push(`${String(o.relationship_type)} cannot start at a ${String(source.type)}`);
    if (allowed && allowed[1].length > 0 && target && !allowed[1].includes(target.type as string)) p.push(`${String(o.relationship_type)} cannot end at a ${String(target.type)}`);
    for (const k of ['start_time', 'stop_time']) if (o[k] !== undefined && !TIMESTAMP.test(o[k] as string)) p.push(`${k} must be a timestamp`);
    if (o.start_time !== undefined && o.stop_time !== undefined && !(Date.parse(o.stop_time as string) > Date.parse(o.start_time as string))) p.push('stop_time must be later than start_time');
  }
  return p;
}
