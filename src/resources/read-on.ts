import type { B24Client } from '../portal/client.js';
import { malformed } from '../portal/malformed.js';
import type { SectionAnswers } from '../portal/read.js';
import type { ReadContext, SectionReader } from './reader.js';

const PAGE = 50;
/** Pages asked for in one request once the first page came back full. */
const PAGES_A_REQUEST = 5;

/**
 * A list whose `total` is the number of rows on the page it answers (docs/bitrix24/parity.md#docgen-numerator)
 * never says that more follow: its further pages are read here, a few a request, until one comes
 * back with fewer than 50 rows (the rows after a short page are dropped). A section without such a
 * list, or whose first page is short, costs nothing more.
 */
export async function readOn(
  client: B24Client,
  reader: SectionReader<string, unknown>,
  ctx: ReadContext,
  answers: SectionAnswers,
): Promise<SectionAnswers> {
  const on = reader.readOn;
  if (on === undefined) return answers;
  const call = reader.calls(ctx).find((c) => c.key === on.key);
  const pages = answers.pages(on.key);
  if (call === undefined || pages === undefined) return answers;
  const all = [...pages];
  while (all.length > 0 && on.rows(all[all.length - 1]) >= PAGE) {
    const from = all.length * PAGE;
    const calls = Array.from({ length: PAGES_A_REQUEST }, (_, i) => ({
      key: `${on.key}_${from + i * PAGE}`,
      method: call.method,
      params: { ...call.params, start: from + i * PAGE },
    }));
    const got = await client.batch(calls);
    for (const c of calls) {
      const r = got.find((x) => x.key === c.key);
      if (!r?.ok) throw malformed(call.method, r?.error?.description || r?.error?.code || 'page failed');
      all.push(r.result);
      if (on.rows(r.result) < PAGE) break;
    }
  }
  return { ...answers, pages: (key) => (key === on.key ? all : answers.pages(key)) };
}
