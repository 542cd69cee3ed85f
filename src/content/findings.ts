// Turns what the engine and the composer report into the items the badge and warning show.
import type { Finding, Scanner } from '../core';
import type { Item } from '../ui/warning/types';
import { TEACHING_JOB } from '../sites/generic';
import { formatNumber, t, tp } from '../i18n';
import { ruleTitle, ruleWhy } from '../i18n/rules';
import { fault } from './faults';

export const MAX_SCAN = 100_000;

/** Said under the findings when a draft was too long to check whole, in the language in force now. */
export function truncatedNote(): string {
  return t('content_truncated', formatNumber(MAX_SCAN));
}

export interface TextScan { text: string; findings: Finding[]; truncated: boolean }

export function scanText(scanner: Scanner, full: string, enabled: (rule: string) => boolean): TextScan {
  fault('scanner');
  const truncated = full.length > MAX_SCAN;
  // Never cut a surrogate pair in half.
  let cut = MAX_SCAN;
  if (truncated && /[\ud800-\udbff]/.test(full.charAt(cut - 1))) cut--;
  const text = truncated ? full.slice(0, cut) : full;
  const findings = text.trim() ? scanner.scan(text).filter((f) => enabled(f.rule)) : [];
  return { text, findings, truncated };
}

export function itemFromFinding(f: Finding, text: string): Item {
  return { rule: f.rule, label: ruleTitle(f.rule, f.label), text: text.slice(f.start, f.end), message: ruleWhy(f.rule, f.message), severity: f.severity, questions: f.questions };
}

/** Profile fields: naming a teaching job is a finding even when the engine sees nothing (policy 001). */
export function profileJobItems(text: string, found: Item[]): Item[] {
  const m = TEACHING_JOB.exec(text);
  if (!m || found.some((i) => i.rule === 'job' || i.rule === 'school')) return [];
  return [{
    rule: 'job', label: t('finding_job_profile_title'), text: m[0], severity: 'medium', questions: [1, 6],
    message: t('finding_job_profile_why'),
  }];
}

export function locationItem(place: string): Item {
  return {
    rule: 'location', label: t('finding_place_title'), text: place, severity: 'medium', questions: [4, 1],
    message: t('finding_place_why'),
  };
}

export function photoItems(count: number, gps: boolean): Item[] {
  const items: Item[] = [{
    rule: 'photo', label: tp('finding_photos', count), text: '', severity: 'medium', questions: [5, 1, 7],
    message: t('finding_photos_why'),
  }];
  if (gps) items.push({
    rule: 'photo-gps', label: t('finding_photo_gps_title'), text: '', severity: 'high', questions: [4, 1],
    message: t('finding_photo_gps_why'),
  });
  return items;
}

export function hoursItem(): Item {
  return {
    rule: 'hours', label: t('finding_hours_title'), text: '', severity: 'low', questions: [6],
    message: t('finding_hours_why'),
  };
}
