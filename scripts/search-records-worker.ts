// A worker thread of scripts/search-index.ts: makes the search records from the summaries and the
// catalog (src/lib/search/search-records.ts) and posts them; the summaries' memory goes with the
// thread when it ends, so the index process holds only the records while Pagefind indexes them.
import { parentPort, workerData } from 'node:worker_threads';
import { readSummaries } from '../src/lib/records/summary.ts';
import { chartIndicators, chartRates } from '../src/components/chart/indicator-data.ts';
import { searchRecords } from '../src/lib/search/search-records.ts';

parentPort!.postMessage(searchRecords(readSummaries((workerData as { data: string }).data), chartIndicators, chartRates));
