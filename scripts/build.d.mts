export const entries: Record<string, string>;
export function manifestFor(browser: 'chrome' | 'firefox', source: Record<string, unknown>, version: string): Record<string, unknown>;
export function buildAll(options?: { minify?: boolean; testHooks?: boolean; outDir?: string }): Promise<void>;
export function targets(source: Record<string, unknown>): string[];
