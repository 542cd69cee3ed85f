import { facebook } from './facebook';
import { instagram } from './instagram';
import type { SiteAdapter } from './types';
import { x } from './x';

export type { SiteAdapter } from './types';
export const ADAPTERS: SiteAdapter[] = [facebook, x, instagram];

export function adapterFor(host: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.includes(host)) ?? null;
}
