import { beforeEach, describe, expect, it, vi } from 'vitest';

const { store, calls, language } = vi.hoisted(() => {
  const store: Record<string, unknown> = {};
  const calls: string[] = [];
  const language: { value: string } = { value: 'auto' };
  return { store, calls, language };
});
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (k: string) => ({ [k]: store[k] }),
        set: async (o: Record<string, unknown>) => { calls.push('count'); Object.assign(store, o); },
      },
    },
    action: {
      setTitle: async ({ title }: { title: string }) => { calls.push(`title:${title}`); },
      setBadgeBackgroundColor: async () => { calls.push('colour'); },
      setBadgeText: async ({ text }: { text: string }) => { calls.push(`text:${text}`); },
    },
  },
}));
vi.mock('../settings', () => ({ loadSettings: async () => ({ language: language.value }) }));

import { countMiss } from './misses';
import { setLanguage } from '../i18n';

beforeEach(() => {
  for (const k of Object.keys(store)) delete store[k];
  calls.length = 0;
  setLanguage('en_GB');
});

describe('the toolbar mark after a miss', () => {
  it('explains itself in the chosen language before the mark shows, and counts once the tab is marked', async () => {
    language.value = 'cy';
    expect(await countMiss('x', 7)).toEqual({ x: 1 });
    expect(calls).toEqual([
      "title:Meddwl Cyn Postio: Mae'r dudalen hon wedi newid mewn ffordd nad yw'r estyniad yn ei hadnabod eto: gwiriwch cyn postio.",
      'colour', 'text:!', 'count',
    ]);
  });

  it('in English when English is chosen', async () => {
    language.value = 'en';
    await countMiss('facebook', 3);
    expect(calls[0]).toBe('title:Think Before You Post: This page has changed in a way the extension doesn’t recognise yet: check before you post.');
    expect(store.misses).toEqual({ facebook: 1 });
  });
});
