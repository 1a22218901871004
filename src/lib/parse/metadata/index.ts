// Issuer, place, level, year, publication date.
import type { Detected } from '../detect.ts';
import type { Meta } from '../../types.ts';

export function readMetadata(_text: string, file: string, detected: Detected): Meta {
  return {
    issuer: null, jurisdiction: null, province: null, prefecture: null, adcode: null, level: null,
    year: null, published: null, template: detected.template, kind: detected.kind, variant: detected.variant,
    yearInferred: false, sources: {},
  };
}
