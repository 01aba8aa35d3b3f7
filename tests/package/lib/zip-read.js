// Reads a zip with node:zlib only, independently of the library that wrote it, and reports what
// an unzip tool would see: each entry's name, Unix file type, size and contents.

import { inflateRawSync, crc32 } from 'node:zlib';

/** Returns [{name, kind: 'file'|'dir'|'symlink', mode, size, data: Buffer}] in central-directory order. */
export function readZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip: no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry #${n}`);
    const madeByOs = buf[p + 5];
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const external = buf.readUInt32LE(p + 38);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;

    const unixMode = madeByOs === 3 ? external >>> 16 : 0;
    const type = unixMode & 0o170000;
    const kind = name.endsWith('/') || type === 0o040000 || (external & 0x10) ? 'dir' : type === 0o120000 ? 'symlink' : 'file';

    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: size ${data.length} != ${size}`);
    if (typeof crc32 === 'function' && crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, kind, mode: unixMode & 0o7777, size, data });
  }
  return entries;
}
