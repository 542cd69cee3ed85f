/** Replaced at build time: true only in the test build (`npm run build -- --test-hooks`). */
declare const __TEST_HOOKS__: boolean;
