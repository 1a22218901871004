// The scripts `npm run ingest` runs besides src/lib: with src/lib/site they make the version of
// ingest's code (scripts/ingest.ts `writer`), which keys the fingerprint, the written files and the
// workers' bundle. The rest of scripts/ (bench, build:site, the search index, …) writes nothing ingest
// keeps, so editing them leaves every download as it is. tests/unit/scripts/ingest-scripts.test.ts
// holds this list to the scripts' own relative imports.
export const INGEST_SCRIPTS = ['ingest.ts', 'ingest-bundle.ts', 'ingest-scripts.ts', 'ingest-worker.ts'] as const;
