/**
 * JSON Schemas (draft 2020-12) of the STIX 2.1 objects the incident export adds,
 * written from the specification's property tables: the common properties of an
 * SDO/SRO (§3.2), the incident (§4.6: `name` required, `description` and
 * `kill_chain_phases` optional) and the relationship (§5.1). Custom properties must
 * match §11.1's name rule with this tool's `x_` prefix; nothing else is allowed.
 */
const ID = '^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const TIMESTAMP_MS = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3,}Z$';
const TIMESTAMP = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$';

const externalReference = {
  type: 'object',
  required: ['source_name'],
  properties: {
    source_name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    url: { type: 'string', pattern: '^https?://' },
    external_id: { type: 'string', minLength: 1 },
  },
  anyOf: [{ required: ['description'] }, { required: ['url'] }, { required: ['external_id'] }],
  additionalProperties: false,
};

const common = {
  spec_version: { const: '2.1' },
  created: { type: 'string', pattern: TIMESTAMP_MS },
  modified: { type: 'string', pattern: TIMESTAMP_MS },
  created_by_ref: { type: 'string', pattern: ID },
  revoked: { type: 'boolean' },
  labels: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
  confidence: { type: 'integer', minimum: 0, maximum: 100 },
  lang: { type: 'string' },
  external_references: { type: 'array', minItems: 1, items: externalReference },
  object_marking_refs: { type: 'array', minItems: 1, items: { type: 'string', pattern: ID } },
};
const CUSTOM = { '^x_[a-z0-9_]{1,247}$': {} };

export const INCIDENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['type', 'spec_version', 'id', 'created', 'modified', 'name'],
  properties: {
    ...common,
    type: { const: 'incident' },
    id: { type: 'string', pattern: '^incident--' },
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    kill_chain_phases: { type: 'array', minItems: 1 },
  },
  patternProperties: CUSTOM,
  additionalProperties: false,
  allOf: [{ properties: { id: { type: 'string', pattern: ID } } }],
} as const;

export const RELATIONSHIP_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['type', 'spec_version', 'id', 'created', 'modified', 'relationship_type', 'source_ref', 'target_ref'],
  properties: {
    ...common,
    type: { const: 'relationship' },
    id: { type: 'string', pattern: '^relationship--' },
    relationship_type: { type: 'string', pattern: '^[a-z0-9-]+$' },
    description: { type: 'string' },
    source_ref: { type: 'string', pattern: ID },
    target_ref: { type: 'string', pattern: ID },
    start_time: { type: 'string', pattern: TIMESTAMP },
    stop_time: { type: 'string', pattern: TIMESTAMP },
  },
  patternProperties: CUSTOM,
  additionalProperties: false,
  allOf: [{ properties: { id: { type: 'string', pattern: ID } } }],
} as const;
