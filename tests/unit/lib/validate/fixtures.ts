// Synthetic but consistent post-2019 table 3 / table 4 values for the validate tests.
export const ORG_COLS = ['commercial', 'research', 'nonprofit', 'legal', 'other_org'] as const;
export const COLS = ['natural', ...ORG_COLS] as const;

export const DENIED = ['state_secret', 'law_prohibited', 'security', 'third_party', 'internal_affairs', 'process_info', 'enforcement_file', 'admin_query'];
export const UNABLE = ['not_held', 'needs_creation', 'unclear'];
export const NOT_PROCESSED = ['petition', 'repeat', 'publication', 'excessive', 'confirm'];
export const OTHER_2021 = ['no_correction', 'unpaid_fee', 'misc'];

export function resultRows(form: '2019' | '2021'): string[] {
  return [
    'granted',
    'partial',
    ...DENIED.map((r) => `denied.${r}`),
    ...UNABLE.map((r) => `unable.${r}`),
    ...NOT_PROCESSED.map((r) => `not_processed.${r}`),
    ...(form === '2021' ? OTHER_2021.map((r) => `other.${r}`) : ['other']),
  ];
}

/** A consistent table 3: every printed cell of the form, with row totals, 总计 and the balance. */
export function table3(form: '2019' | '2021', seed = 1): Record<string, number> {
  const v: Record<string, number> = {};
  const set = (row: string, perCol: (c: number) => number) => {
    let total = 0;
    COLS.forEach((col, i) => {
      v[`t3.${row}.${col}`] = perCol(i);
      total += perCol(i);
    });
    v[`t3.${row}.total`] = total;
  };
  resultRows(form).forEach((row, r) => set(row, (c) => ((r * 7 + c * 3 + seed) % 5) + (c === 0 ? 10 : 0)));
  set('total', (c) => resultRows(form).reduce((s, row) => s + v[`t3.${row}.${COLS[c]}`]!, 0));
  set('carried_over', (c) => c + seed);
  set('carried_forward', (c) => (c + 1) % 3);
  set('new_received', (c) => v[`t3.total.${COLS[c]}`]! + v[`t3.carried_forward.${COLS[c]}`]! - v[`t3.carried_over.${COLS[c]}`]!);
  return v;
}

export function table4(): Record<string, number> {
  const v: Record<string, number> = {};
  const parts = { upheld: 4, corrected: 1, other: 2, pending: 3 };
  ['review', 'lit_direct', 'lit_after_review'].forEach((row, i) => {
    let total = 0;
    for (const [col, n] of Object.entries(parts)) {
      v[`t4.${row}.${col}`] = n + i;
      total += n + i;
    }
    v[`t4.${row}.total`] = total;
  });
  return v;
}

export function without(values: Record<string, number>, pred: (id: string) => boolean): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter(([id]) => !pred(id)));
}
