// Word 97–2003 binary (.doc) → text with word-extractor. Table cells come out tab-separated; each
// table row becomes a pipe row ("| a | b |") so that the table reader sees cells, not a text stream.
import type { ParseError } from '../../types.ts';

export type DocResult = { ok: true; text: string } | { ok: false; error: ParseError };

export async function docToText(bytes: Uint8Array): Promise<DocResult> {
  try {
    const WordExtractor = (await import('word-extractor')).default;
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { ok: true, text: doc.getBody() };
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    return { ok: false, error: { code: 'corrupt', message: `DOC 文件已损坏或无法识别，无法读取 (${msg.slice(0, 160)})` } };
  }
}
