// Figures a report states in sentences.
import type { Detected } from '../detect.ts';
import { emptyExtraction, type Extraction } from '../extraction.ts';

export function readProse(_text: string, _detected: Detected, _tables: Extraction): Extraction {
  return emptyExtraction();
}
