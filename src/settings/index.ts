// PLACEHOLDER until settings land (issue 5): the shape the content script and UI read.
import browser from 'webextension-polyfill';
import type { ScannerConfig } from '../core';

export interface Settings {
  schoolName: string;
  schoolAliases: string[];
  pupilNames: string[];
  mode: 'warn' | 'always';
  pausedUntil: number;
}

export const defaults: Settings = { schoolName: '', schoolAliases: [], pupilNames: [], mode: 'warn', pausedUntil: 0 };

export async function loadSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return { ...defaults, ...(settings as Partial<Settings> | undefined) };
}

export function onSettingsChange(cb: (s: Settings) => void): () => void {
  const listener = () => void loadSettings().then(cb);
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function scannerConfig(s: Settings): ScannerConfig {
  return { schoolNames: [s.schoolName, ...s.schoolAliases].filter(Boolean), pupilNames: s.pupilNames };
}
