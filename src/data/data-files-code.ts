// The version of the code that makes the indicator data files (src/data/data-files.ts), apart from
// that module: it is computed in the main thread of `astro build` (src/integrations/render-workers.ts)
// and by scripts/data-files.ts, while the data files are made inside the prerender bundle, where
// the source tree is not at import.meta.dirname.
import { join } from 'node:path';
import { codeHash } from '../lib/records/code-hash.ts';
import { filesUnder } from '../lib/records/files-under.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The version of the code that makes the data files: a hash of src/lib/, the view models
 * (components/chart/indicator-data.ts, src/data/), this script and package-lock.json. Any change to
 * them makes every data file again, as a change to a page's code re-renders it in Astro.
 */
export const dataFilesCode = (): string =>
  codeHash(
    [
      ...filesUnder(join(ROOT, 'src', 'lib'), /\.(ts|json)$/),
      ...filesUnder(join(ROOT, 'src', 'data'), /\.ts$/),
      join(ROOT, 'src', 'components', 'chart', 'indicator-data.ts'),
      join(ROOT, 'scripts', 'data-files.ts'),
      join(ROOT, 'package-lock.json'),
    ],
    ROOT,
  ).slice(0, 16);
