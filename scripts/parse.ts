// `npm run --silent parse -- FILE...`: one JSON record per line on stdout, nothing else.
import { parseFileAsync } from '../src/lib/parse/index.ts';
import { toCliRecord } from '../src/lib/parse/cli-record.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
for (const f of files) process.stdout.write(JSON.stringify(toCliRecord(await parseFileAsync(f))) + '\n');
