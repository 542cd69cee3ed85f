// Turns what the engine and the composer report into the items the badge and warning show.
import type { Finding, Scanner } from '../core';
import type { Item } from '../ui/warning/types';
import { TEACHING_JOB } from '../sites/generic';
import { fault } from './faults';

export const MAX_SCAN = 100_000;
export const TRUNCATED_NOTE = 'This draft is very long: only the first 100,000 characters were checked.';

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
  return { rule: f.rule, label: f.label, text: text.slice(f.start, f.end), message: f.message, severity: f.severity, questions: f.questions };
}

/** Profile fields: naming a teaching job is a finding even when the engine sees nothing (policy 001). */
export function profileJobItems(text: string, found: Item[]): Item[] {
  const m = TEACHING_JOB.exec(text);
  if (!m || found.some((i) => i.rule === 'job' || i.rule === 'school')) return [];
  return [{
    rule: 'job', label: 'Your job on your profile', text: m[0], severity: 'medium', questions: [1, 6],
    message: 'School policy asks staff not to put anything on a personal profile that identifies their profession or the school where they work.',
  }];
}

export function locationItem(place: string): Item {
  return {
    rule: 'location', label: 'A place tagged in your post', text: place, severity: 'medium', questions: [4, 1],
    message: 'A tagged place shows where you are, or where the school is. Be aware of location sharing: it can help someone find you or your pupils.',
  };
}

export function photoItems(count: number, gps: boolean): Item[] {
  const items: Item[] = [{
    rule: 'photo', label: count === 1 ? 'A photo' : `${count} photos`, text: '', severity: 'medium', questions: [5, 1, 7],
    message: 'Only share photos of pupils when the school has parental consent, and check the background for pupils, name badges, uniforms or the school sign.',
  }];
  if (gps) items.push({
    rule: 'photo-gps', label: 'Your photo records where it was taken', text: '', severity: 'high', questions: [4, 1],
    message: 'The photo file carries GPS coordinates, which can show exactly where it was taken, such as your home or the school.',
  });
  return items;
}

export function hoursItem(): Item {
  return {
    rule: 'hours', label: 'It is during working hours', text: '', severity: 'low', questions: [6],
    message: 'School policy says personal social media is not for directed time or school devices during working hours.',
  };
}
