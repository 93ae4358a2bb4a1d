/** The outcome of decoding a corpus file's bytes. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a corpus file as UTF-8, dropping a UTF-8 byte order mark. UTF-16 files and invalid
 * UTF-8 are refused with a reason, never decoded into replacement characters.
 */
export function decodeCorpusFile(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'it is encoded as UTF-16; save it as UTF-8' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8; save it as UTF-8' };
  }
}
