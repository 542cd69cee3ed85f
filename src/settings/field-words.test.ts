// IT's templates read the settings' English from schema.ts (FIELDS, MODE_CHOICES, HOURS_PARTS);
// staff read the same words from the catalogue (field_<name>, options_*). This keeps the two the
// same in English, so a label changed in one place is not left behind in the other.
import { describe, expect, it } from 'vitest';
import { catalogue, type MessageKey } from '../i18n';
import { FIELD_NAMES, FIELDS, HOURS_PARTS, MODE_CHOICES } from './schema';

const en = catalogue('en_GB');
const english = (key: string) => en[key as MessageKey]?.message;

describe("the settings' names, for IT and for staff", () => {
  it('are the same English in schema.ts and in the catalogue', () => {
    for (const f of FIELD_NAMES) expect(english(`field_${f}`), f).toBe(FIELDS[f].label);
    expect(english('options_mode_warn')).toBe(MODE_CHOICES.warn);
    expect(english('options_mode_always')).toBe(MODE_CHOICES.always);
    expect(english('options_hours_enabled')).toBe(HOURS_PARTS.enabled.label);
    expect(english('options_hours_days')).toBe(HOURS_PARTS.days.label);
    expect(english('options_hours_from')).toBe(HOURS_PARTS.start.label);
    expect(english('options_hours_to')).toBe(HOURS_PARTS.end.label.toLowerCase());
  });
});
