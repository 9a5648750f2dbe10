// Runs inside headless Chromium (bundled by search-bench.ts): builds the index over the
// generated map and types every query key by key, timing each keystroke's search.
import { createSearchIndex, type SearchField } from '../../common/search/index.ts';
import { DEFAULT_SYNONYMS_NL } from '../../common/search/synonyms.ts';
import type { BenchService } from './generate-map.ts';

export interface PageResult {
  buildMs: number[];
  keystrokeMs: number[];
  keystrokes: number;
  /** What had been typed at the slowest keystroke. */
  slowest: string;
  crossOriginIsolated: boolean;
}

const fields: SearchField<BenchService>[] = [
  { name: 'name', weight: 3, get: (s) => s.name },
  { name: 'categories', weight: 2, get: (s) => s.categories },
  { name: 'organization', weight: 1, get: (s) => s.organization },
  { name: 'description', weight: 1, get: (s) => s.description },
];

function run(map: BenchService[], queries: string[], builds: number, passes: number): PageResult {
  // In a fresh page the first build is cold (JIT, stem cache): it is reported too.
  const buildMs: number[] = [];
  let index!: ReturnType<typeof createSearchIndex<BenchService>>;
  for (let b = 0; b < builds; b++) {
    const t = performance.now();
    index = createSearchIndex(map, { id: (s) => s.id, fields, synonyms: DEFAULT_SYNONYMS_NL });
    buildMs.push(performance.now() - t);
  }
  // Every prefix of every query is one keystroke. The first pass warms the JIT up, as a
  // volunteer's first few keystrokes do; the next passes are measured.
  const keystrokeMs: number[] = [];
  let slowest = '';
  let slowestMs = -1;
  for (let pass = 0; pass <= passes; pass++) {
    for (const query of queries) {
      for (let end = 1; end <= query.length; end++) {
        const typed = query.slice(0, end);
        const t = performance.now();
        index.search(typed, { limit: 20 });
        const took = performance.now() - t;
        if (pass === 0) continue;
        if (took > slowestMs) [slowestMs, slowest] = [took, typed];
        keystrokeMs.push(took);
      }
    }
  }
  return { buildMs, keystrokeMs, keystrokes: keystrokeMs.length / passes, slowest, crossOriginIsolated };
}

Object.assign(globalThis, { searchBench: { run } });
