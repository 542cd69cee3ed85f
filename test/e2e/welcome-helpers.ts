// Shared by the two welcome specs (fresh browser per test, and shared browser).
import type { Worker } from '@playwright/test';

export const TITLE_OFF = 'Think Before You Post: school and pupil checks are off until you add your school';
export const TITLE_ON = 'Think Before You Post';

export const toolbarTitle = (sw: Worker) => sw.evaluate(() => chrome.action.getTitle({}));
export const stored = (sw: Worker) => sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
