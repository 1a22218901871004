// Tables of the 2014–2018 national statistics form and the older local forms.
import type { Detected } from '../detect.ts';
import { emptyExtraction, type Extraction } from '../extraction.ts';

export function readPre2019Tables(_text: string, _detected: Detected): Extraction {
  return emptyExtraction();
}
