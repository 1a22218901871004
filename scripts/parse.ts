// `npm run --silent parse -- FILE...`: one JSON record per line on stdout, nothing else.
import { basename } from 'node:path';
import { internalError, parseFileAsync } from '../src/lib/parse/index.ts';
import { toCliRecord } from '../src/lib/parse/cli-record.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
// Each file inside its own error boundary: one bad file never stops the others.
for (const f of files) {
  let line: string;
  try {
    line = JSON.stringify(toCliRecord(await parseFileAsync(f)));
  } catch (e) {
    line = JSON.stringify(toCliRecord(internalError(basename(f), e)));
  }
  process.stdout.write(line + '\n');
}
