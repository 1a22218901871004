// Tables 2, 3 and 4 of the 2019/2021 annual-report format.
import type { Detected } from '../detect.ts';
import { emptyExtraction, type Extraction } from '../extraction.ts';

export function readPost2019Tables(_text: string, _detected: Detected): Extraction {
  return emptyExtraction();
}
