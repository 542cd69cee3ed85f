// The managed-storage schema Chrome and Edge check IT's policy against, built from the field list in
// schema.ts and the rules' meta, so the schema, the ADMX and the options page cannot drift apart.
// scripts/generate-policy-files.mjs writes it to managed-schema.json at build time; a unit test fails
// when the committed file is out of date. Only keywords Chromium's policy schema understands are
// used (type, properties, items, enum, title, description).
import { RULE_METAS } from '../core/rules';
import type { RuleMeta } from '../core/types';
import { FIELDS, HOURS_PARTS, LOCKED_KEY, POLICY_FIELDS, type FieldMeta } from './schema';

export interface JsonSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer';
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
}

const list = (title: string, description: string, items: JsonSchema = { type: 'string' }): JsonSchema => ({ type: 'array', items, title, description });

/** What a rule's switch does, for IT: its own help or examples, and its default when that is off. */
export function ruleDescription(r: RuleMeta): string {
  const what = r.help ?? r.examples ?? r.title;
  return r.defaultOn === false ? `${what} Off unless set to true.` : what; // i18n-ignore: IT's managed schema, English
}

function fieldSchema(meta: FieldMeta): JsonSchema {
  const about = { title: meta.label, description: meta.help };
  switch (meta.kind) {
    case 'text':
      return { type: 'string', ...about };
    case 'list':
      return list(meta.label, meta.help);
    case 'choice':
      return { type: 'string', enum: Object.keys(meta.choices!), ...about };
    case 'rules':
      return { type: 'object', ...about, properties: Object.fromEntries(RULE_METAS.map((r) => [r.id, { type: 'boolean', title: r.title, description: ruleDescription(r) }])) };
    case 'hours':
      return {
        type: 'object',
        ...about,
        properties: {
          enabled: { type: 'boolean', title: HOURS_PARTS.enabled.label, description: HOURS_PARTS.enabled.help },
          days: list(HOURS_PARTS.days.label, HOURS_PARTS.days.help, { type: 'integer' }),
          start: { type: 'string', title: HOURS_PARTS.start.label, description: HOURS_PARTS.start.help },
          end: { type: 'string', title: HOURS_PARTS.end.label, description: HOURS_PARTS.end.help },
        },
      };
    case 'time':
      throw new Error('a time field is personal and never set by policy');
  }
}

export function managedSchema(): JsonSchema {
  return {
    type: 'object',
    properties: {
      ...Object.fromEntries(POLICY_FIELDS.map((f) => [f, fieldSchema(FIELDS[f])])),
      [LOCKED_KEY.name]: list(LOCKED_KEY.label, LOCKED_KEY.help),
    },
  };
}
