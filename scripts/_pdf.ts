import { chromium } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { writeFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
for (const id of process.argv.slice(2)) {
  await p.goto(`http://localhost:4390/studenten/hand-out/${id}/`);
  const pdf = await p.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  writeFileSync(`/tmp/ho-${id}.pdf`, pdf);
  const { totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  console.log(id, totalPages);
}
await b.close();
