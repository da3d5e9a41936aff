/**
 * A short deterministic id (FNV-1a, 32 bits, hex) for a claim, from where it is first
 * stated: the same documents always give the same ids, so the index is reproducible byte for byte.
 */
export function stableId(prefix: string, key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}${h.toString(16).padStart(8, '0')}`;
}
