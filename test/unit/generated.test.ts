// Files generated from src/settings/schema.ts and the rules' meta, committed so the manifest and IT
// can read them without a build: they must match what the generator writes today.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../../src/core';
import { FIELDS, POLICY_FIELDS } from '../../src/settings/schema';
// @ts-expect-error plain ESM script without types
import { MANAGED_SCHEMA_PATH, RULE_LIST_PATH, managedSchemaText, ruleListText } from '../../scripts/generate-policy-files.mjs';

describe('generated policy files', () => {
  it('src/settings/managed-schema.json is what the schema generates', async () => {
    const committed = readFileSync(MANAGED_SCHEMA_PATH, 'utf8');
    const fresh = (await managedSchemaText()) as string;
    expect(committed === fresh, 'src/settings/managed-schema.json is out of date: run `node scripts/generate-policy-files.mjs` (or `npm run build`) and commit it').toBe(true);
  });

  it("src/core/rule-list.ts is what the rules' meta generates", async () => {
    const committed = readFileSync(RULE_LIST_PATH, 'utf8');
    const fresh = (await ruleListText()) as string;
    expect(committed === fresh, 'src/core/rule-list.ts is out of date: run `node scripts/generate-policy-files.mjs` (or `npm run build`) and commit it').toBe(true);
  });

  it('carries every policy field with its label, every rule and the lock list', () => {
    const schema = JSON.parse(readFileSync(MANAGED_SCHEMA_PATH, 'utf8'));
    expect(Object.keys(schema.properties)).toEqual([...POLICY_FIELDS, 'locked']);
    for (const f of POLICY_FIELDS) expect(schema.properties[f].title).toBe(FIELDS[f].label);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULE_IDS);
    expect(Object.keys(schema.properties.workingHours.properties)).toEqual(['enabled', 'days', 'start', 'end']);
  });
});
