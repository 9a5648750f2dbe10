// npx tsx bench/search/cli.ts: prints the search benchmark; exit code 1 when a target is missed.
import { runSearchBench } from './search-bench.ts';

const { lines, failures } = await runSearchBench();
console.log('## Sociale kaart search\n' + lines.map((l) => `   ${l}`).join('\n'));
if (failures.length) {
  console.log('\nMissed targets:\n' + failures.map((f) => `   - ${f}`).join('\n'));
  process.exitCode = 1;
}
