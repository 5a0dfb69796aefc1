/** CRC16-CCITT (XMODEM), the checksum Redis Cluster's key slots use. */
function crc16(bytes: Buffer): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/**
 * A key's slot as Redis Cluster computes it (cluster spec, "Keys hash tags"): only the
 * part between the first `{` and the next `}` counts, when that part is not empty.
 */
export function keySlot(key: Buffer): number {
  const open = key.indexOf('{');
  if (open >= 0) {
    const close = key.indexOf('}', open + 1);
    if (close > open + 1) return crc16(key.subarray(open + 1, close)) % 16384;
  }
  return crc16(key) % 16384;
}
