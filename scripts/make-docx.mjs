// Writes the document templates of templates/b2b-b2c.yaml (templates/docs/*.docx) from scratch: a minimal
// valid OOXML package (content types, package relationships, one document part) in a zip built with
// node:zlib. Run `node scripts/make-docx.mjs` after changing the texts below; the .docx files are committed.
// {DocumentNumber} is a document-generator placeholder (crm.documentgenerator.template.getfields,
// test/sandbox/fixtures/rest-examples/); other blanks are left for the consultant to map in the portal
// editor.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One paragraph per line; a line starting with "# " is bold and larger (a heading without a styles part). */
function documentXml(lines) {
  const body = lines
    .map((line) => {
      if (line.startsWith('# ')) {
        return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${escapeXml(line.slice(2))}</w:t></w:r></w:p>`;
      }
      return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

// DOS date/time of 1980-01-01 00:00: fixed, so regenerating gives the same bytes on the same zlib.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive (deflate, UTF-8 names) of `files`: [name, content][]. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBuf = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export function buildDocx(lines) {
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['word/document.xml', documentXml(lines)],
  ]);
}

export const DOCUMENTS = {
  'proposal.docx': [
    '# Коммерческое предложение № {DocumentNumber}',
    'Кому: ______________________________',
    'Благодарим за интерес к нашей компании. По итогам разговора мы подготовили предложение, которое решает задачи, названные вами на встрече.',
    'Что мы предлагаем: ______________________________',
    'Стоимость и сроки: ______________________________',
    'Предложение действует 14 дней с даты отправки. Ответим на вопросы по телефону или в мессенджере.',
    'Ваш менеджер: ______________________________',
  ],
  'contract.docx': [
    '# Договор поставки № {DocumentNumber}',
    'Город ______________                                        «___» ____________ 20__ г.',
    'Поставщик: ______________________________, с одной стороны, и Покупатель: ______________________________, с другой стороны, заключили настоящий договор о следующем.',
    '1. Предмет договора. Поставщик передаёт Покупателю товар по спецификации (приложение 1), Покупатель принимает и оплачивает его.',
    '2. Цена и порядок расчётов. Сумма договора: ______________. Оплата — в течение 5 рабочих дней после выставления счёта.',
    '3. Сроки поставки: ______________________________',
    '4. Реквизиты и подписи сторон.',
    'Поставщик: ____________________          Покупатель: ____________________',
  ],
  'invoice.docx': [
    '# Счёт на оплату № {DocumentNumber}',
    'Поставщик: ______________________________',
    'Покупатель: ______________________________',
    'Основание: договор № ______________ от ______________',
    'Сумма к оплате: ______________ (в том числе НДС: ______________)',
    'Оплатить до: ______________',
    'Руководитель ____________________          Бухгалтер ____________________',
  ],
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../templates/docs/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(DOCUMENTS)) {
    writeFileSync(new URL(name, dir), buildDocx(lines));
    process.stdout.write(`wrote templates/docs/${name}\n`);
  }
}
