import type { Text } from '../../core/i18n.js';
import type { Sample, SampleGroup } from '../types.js';
import { SAMPLE_LIMIT } from './format.js';

/**
 * The offending objects of a finding as they stream past: how many there are, and the first
 * SAMPLE_LIMIT by id — the same group `samples()` (src/standards/define.ts) makes from a whole list, without
 * keeping the list. A sample is built only when it is kept.
 */
export class SampleKeeper {
  private total = 0;
  private readonly kept: Array<{ id: number; make: () => Sample }> = [];

  constructor(private readonly limit = SAMPLE_LIMIT) {}

  add(id: number, make: () => Sample): void {
    this.total += 1;
    const kept = this.kept;
    if (kept.length >= this.limit && id >= (kept[kept.length - 1] as { id: number }).id) return;
    // After any equal id, as a stable sort of the whole list would leave them.
    let at = kept.length;
    while (at > 0 && (kept[at - 1] as { id: number }).id > id) at--;
    kept.splice(at, 0, { id, make });
    if (kept.length > this.limit) kept.pop();
  }

  get count(): number {
    return this.total;
  }

  group(title: Text): SampleGroup | undefined {
    if (this.total === 0) return undefined;
    return { title, total: this.total, items: this.kept.map((k) => k.make()) };
  }
}
