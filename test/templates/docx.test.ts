import { readdirSync, readFileSync } from 'node:fs';
import { inflateRawSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDocx, DOCUMENTS } from '../../scripts/make-docx.mjs';

/** Reads a zip from its central directory: name → content (checking each CRC). */
function unzip(buf: Buffer): Map<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const packed = buf.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    expect(crc32(data)).toBe(crc);
    out.set(name, data.toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const docsDir = new URL('../../templates/docs/', import.meta.url);

describe('document templates (templates/docs/*.docx)', () => {
  it('are exactly the documents scripts/make-docx.mjs writes', () => {
    expect(readdirSync(docsDir).sort()).toEqual(Object.keys(DOCUMENTS).sort());
  });

  it.each(Object.entries(DOCUMENTS))(
    '%s is an OOXML package with its text and a number placeholder',
    (name, lines) => {
      const parts = unzip(readFileSync(new URL(name, docsDir)));
      expect([...parts.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
      expect(parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
      expect(parts.get('_rels/.rels')).toContain('Target="word/document.xml"');
      const doc = parts.get('word/document.xml')!;
      expect(doc).toContain('{DocumentNumber}');
      expect(doc).toContain(lines[0]!.slice(2).replace(' № {DocumentNumber}', ''));
      // the committed file matches what the script builds from the same texts
      expect(unzip(buildDocx(lines))).toEqual(parts);
    },
  );

  it('escapes XML in the text', () => {
    const doc = unzip(buildDocx(['A & B <C>'])).get('word/document.xml')!;
    expect(doc).toContain('A &amp; B &lt;C&gt;');
  });
});
