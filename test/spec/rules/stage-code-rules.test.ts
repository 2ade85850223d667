import { stageCodeFormat } from '../../../src/spec/rules/stage-code-format.js';
import { stageCodeLength } from '../../../src/spec/rules/stage-code-length.js';
import { stageCodeUnique } from '../../../src/spec/rules/stage-code-unique.js';
import type { Direction } from '../../../src/spec/spec.generated.js';
import { baseSpec, ruleTester } from './rule-tester.js';

const dir = (key: string, codes: string[], reasons: string[] = []): Direction => ({
  key,
  name: `Направление ${key}`,
  stages: codes.map((code) => ({ code, name: code })),
  lost: { reasons: reasons.map((code) => ({ code, name: code })) },
});
const withDirs = (...directions: Direction[]) => baseSpec({ directions });

ruleTester(stageCodeFormat, {
  valid: [
    {
      name: 'upper case, digits, _ and -',
      spec: withDirs(dir('b2b', ['NEW', 'STEP_2', 'A-B'], ['NO_MONEY'])),
    },
    { name: 'no directions at all', spec: baseSpec({ directions: undefined }) },
  ],
  invalid: [
    {
      name: 'lower case gets the upper-cased suggestion',
      spec: withDirs(dir('b2b', ['present'])),
      reports: [
        { messageId: 'lowercase', path: '/directions/0/stages/0/code', data: { suggestion: 'PRESENT' } },
      ],
    },
    {
      name: 'characters Bitrix24 refuses (also in loss reasons)',
      spec: withDirs(dir('b2b', ['ЭТАП'], ['NO MONEY'])),
      reports: [
        { messageId: 'badChars', path: '/directions/0/stages/0/code' },
        { messageId: 'badChars', path: '/directions/0/lost/reasons/0/code' },
      ],
    },
    {
      name: 'the pipeline prefix written by hand',
      spec: withDirs(dir('b2b', ['C1:NEW'])),
      reports: [{ messageId: 'prefixed', path: '/directions/0/stages/0/code', data: { suggestion: 'NEW' } }],
    },
  ],
});

ruleTester(stageCodeUnique, {
  valid: [
    { name: 'same code in two directions', spec: withDirs(dir('a', ['NEW']), dir('b', ['NEW'])) },
    { name: 'stages and reasons differ', spec: withDirs(dir('a', ['NEW', 'OFFER'], ['EXPENSIVE'])) },
  ],
  invalid: [
    {
      name: 'a stage repeated',
      spec: withDirs(dir('a', ['NEW', 'OFFER', 'NEW'])),
      reports: [
        {
          messageId: 'duplicate',
          path: '/directions/0/stages/2/code',
          data: { code: 'NEW', direction: 'a' },
        },
      ],
    },
    {
      name: 'a loss reason colliding with a stage',
      spec: withDirs(dir('a', ['OFFER'], ['OFFER'])),
      reports: [{ messageId: 'duplicate', path: '/directions/0/lost/reasons/0/code' }],
    },
    {
      name: 'WON and LOSE are reserved',
      spec: withDirs(dir('a', ['WON'], ['LOSE'])),
      reports: [
        { messageId: 'reserved', path: '/directions/0/stages/0/code' },
        { messageId: 'reserved', path: '/directions/0/lost/reasons/0/code' },
      ],
    },
  ],
});

const code = (n: number) => 'X'.repeat(n);

ruleTester(stageCodeLength, {
  valid: [
    { name: '22 characters in the default pipeline', spec: withDirs(dir('default', [code(22)])) },
    { name: '17 characters elsewhere', spec: withDirs(dir('b2b', [code(17)], [code(17)])) },
  ],
  invalid: [
    {
      name: '23 characters in the default pipeline',
      spec: withDirs(dir('default', [code(23)])),
      reports: [{ messageId: 'tooLongDefault', path: '/directions/0/stages/0/code', data: { limit: 22 } }],
    },
    {
      name: 'over 19 is an error with the C1: prefix',
      spec: withDirs(dir('b2b', [code(20)])),
      reports: [
        { messageId: 'tooLong', path: '/directions/0/stages/0/code', data: { length: 20, limit: 19 } },
      ],
    },
    {
      name: '18 and 19 may not fit a three-digit pipeline id: a warning',
      spec: withDirs(dir('b2b', [code(18)], [code(19)])),
      reports: [
        {
          messageId: 'mayNotFit',
          path: '/directions/0/stages/0/code',
          severity: 'warning',
          data: { limit: 17 },
        },
        { messageId: 'mayNotFit', path: '/directions/0/lost/reasons/0/code', severity: 'warning' },
      ],
    },
  ],
});
