// How a difference between a report's file and another file of the same report reads on a page.
// Records keep `<id>: <text>` (src/lib/records/variants.ts valueDifferences, a = the report's own
// file, b = the other file); readers get the indicator's Chinese name and which file has the value.
import { indicator } from '../catalog/index.ts';

export function differenceZh(d: string): string {
  const m = /^([^:\s]+): (.*)$/.exec(d);
  if (!m) return d;
  const [, id, rest] = m as unknown as [string, string, string];
  const text = rest.replace(/^仅本版本有 /, '仅报告主文件有 ').replace(/^仅另一版本有 /, '仅此文件有 ').replace(/^(\S+) ≠ (\S+)$/, '主文件 $1，此文件 $2');
  return `${indicator(id)?.zh ?? id}：${text}`;
}
