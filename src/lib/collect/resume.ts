// What earlier runs (and hand-added files) already hold: URLs from sources.csv, sha256 of every file in the folder.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourcesRow, SourcesTable } from './sources-table.ts';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const URL_COLUMNS = ['url', 'source', 'page_url'];

export class Known {
  private urls = new Set<string>();
  private hashes = new Map<string, string>();
  private names = new Set<string>();

  constructor(table: SourcesTable, dir: string) {
    for (const r of table.rows) this.addRow(r);
    if (!existsSync(dir)) return;
    const hashed = new Set(table.rows.filter((r) => r.sha256).map((r) => r.file));
    for (const f of readdirSync(dir)) {
      this.names.add(f.toLowerCase());
      // Files added by hand have no sha256 in sources.csv: hash them so the same document is not collected twice.
      if (!hashed.has(f) && f !== 'sources.csv' && !f.startsWith('.')) this.hashes.set(sha256(readFileSync(join(dir, f))), f);
    }
  }

  /** A report page whose attachments were collected is known by its page_url; list pages are never recorded. */
  hasUrl(url: string): boolean {
    return this.urls.has(url);
  }

  fileWithHash(hash: string): string | undefined {
    return this.hashes.get(hash);
  }

  nameTaken = (name: string): boolean => this.names.has(name.toLowerCase());

  addRow(r: SourcesRow): void {
    for (const c of URL_COLUMNS) if (/^https?:\/\//.test(r[c] ?? '')) this.urls.add(r[c]!);
    if (r.sha256 && r.file) this.hashes.set(r.sha256, r.file);
    if (r.file) this.names.add(r.file.toLowerCase());
  }
}
