// PROVISIONAL (lead): replaced by the places module. placeKey/placeName contract only.
import type { Meta } from '../types.ts';
import { hash } from '../site/report-id.ts';

export function placeKey(meta: Meta): string {
  return meta.adcode ?? (meta.jurisdiction ? 'p-' + hash(meta.jurisdiction) : 'unknown');
}
export function placeName(meta: Meta): string {
  return meta.jurisdiction ?? meta.issuer ?? '未知地区';
}
