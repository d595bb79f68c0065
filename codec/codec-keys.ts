/** One AES-256 key of the payload codec, named by an id stored beside every payload it encrypts. */
export interface CodecKey {
  id: string;
  key: Buffer;
}

/**
 * Parses `TEMPORAL_CODEC_KEYS`: `id:base64key` entries separated by commas, the newest first (it
 * encrypts; the others still decrypt what they encrypted, so keys rotate without re-encrypting
 * histories). Each key is 32 bytes. A KMS plugs in by writing this value at start-up, or by
 * replacing `loadCodecKeys` with a fetch of the same list.
 */
export function parseCodecKeys(text: string): { keys: CodecKey[]; problems: string[] } {
  const keys: CodecKey[] = [];
  const problems: string[] = [];
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [id, material, ...rest] = entry.split(':');
    if (!id || !material || rest.length > 0 || !/^[A-Za-z0-9_.-]{1,64}$/.test(id)) {
      problems.push(`TEMPORAL_CODEC_KEYS entry "${entry.slice(0, 20)}..." is not id:base64key`);
      continue;
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) problems.push(`TEMPORAL_CODEC_KEYS key ${id} is ${key.length} bytes, not 32`);
    else if (keys.some((k) => k.id === id)) problems.push(`TEMPORAL_CODEC_KEYS key ${id} twice`);
    else keys.push({ id, key });
  }
  if (keys.length === 0 && problems.length === 0) problems.push('TEMPORAL_CODEC_KEYS holds no key');
  return { keys, problems };
}
