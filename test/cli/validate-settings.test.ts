import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const FILE = 'test/fixtures/specs/dropped-settings.yaml';

/** docs/bitrix24/parity.md#uf-settings-rest, #uf-list: what a portal would drop is refused before any call. */
describe('b24cfg validate: settings a portal drops and a second list default', () => {
  it('names the dropped key and the second default, each with file:line:col, exit 1', async () => {
    const r = await cli(['validate', FILE, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: Array<Record<string, unknown>> }).problems;
    expect(problems.map((p) => [p.rule, p.messageId, p.line, p.col])).toEqual([
      ['field-settings', 'notKept', 18, 19],
      ['list-defaults', 'second', 24, 50],
    ]);
    expect(problems[0]?.message).toBe(
      'a portal does not keep setting MAX_LENGTH of field "NEED" of type string: over REST this type keeps only DEFAULT_VALUE, ROWS',
    );
  });

  it('says it in Russian by default', async () => {
    const r = await cli(['validate', FILE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('портал не сохраняет настройку MAX_LENGTH у поля «NEED» типа string');
    expect(r.stdout).toContain('у поля «PRIORITY» уже есть значение по умолчанию «HIGH»');
  });
});
