import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { escapedExcerpt, oneLine, stripControls, terminalSafe } from '../../src/core/terminal-text.js';

const ESC = '\x1b';
const BEL = '\x07';

describe('stripControls', () => {
  it.each([
    ['window title (OSC … BEL)', `a${ESC}]0;pwned${BEL}b`, 'ab'],
    ['window title (OSC … ST)', `a${ESC}]0;pwned${ESC}\\b`, 'ab'],
    ['clear screen', `a${ESC}[2Jb`, 'ab'],
    [
      'cursor up, erase line, carriage return',
      `${ESC}[1A${ESC}[2KFAKE: ✓ Applied, verified\r`,
      'FAKE: ✓ Applied, verified',
    ],
    ['colour from data', `${ESC}[31mred${ESC}[0m`, 'red'],
    ['hidden text', `${ESC}[8msecret${ESC}[28m`, 'secret'],
    ['unterminated OSC keeps the text after it', `x${ESC}]0;title stays`, 'x0;title stays'],
    ['a lone ESC at the end', `x${ESC}`, 'x'],
    ['8-bit CSI', 'a\u009b2Jb', 'ab'],
    ['C0 but tab and newline', 'a\u0000b\u0007c\u0008d\te\nf', 'abcd\te\nf'],
    ['DEL and C1', 'a\u007fb\u0085c\u009fd', 'abcd'],
    ['bidi overrides and isolates', 'user\u202eexe.txt\u2066x\u2069\u200f', 'userexe.txtx'],
    ['Cyrillic, emoji and typography stay', 'Воронка «Продажи» — 🚀 №1', 'Воронка «Продажи» — 🚀 №1'],
  ])('%s', (_name, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });

  it("keeps b24cfg's own colours when asked, and still drops the ones that hide or move", () => {
    const chalk = new Chalk({ level: 1 });
    const own = `${chalk.red.bold('x')} ${chalk.dim.underline('y')} ${chalk.green('z')}`;
    expect(stripControls(own, true)).toBe(own);
    expect(stripControls(`${own}${ESC}[8m${ESC}[2J${ESC}[1A${ESC}]0;t${BEL}\u0007`, true)).toBe(own);
  });
});

describe('terminalSafe', () => {
  it('cuts every line over the limit with a marker that says how much was left out', () => {
    const out = terminalSafe(`short\n${'x'.repeat(100_000)}\nend`, { maxLine: 100 });
    expect(out.split('\n')).toEqual(['short', `${'x'.repeat(100)}…(+99900)`, 'end']);
  });

  it('counts visible characters only, and closes a colour it cut', () => {
    const chalk = new Chalk({ level: 1 });
    const out = terminalSafe(chalk.red('y'.repeat(50)), { keepColor: true, maxLine: 10 });
    expect(out).toBe(`${ESC}[31m${'y'.repeat(10)}…(+40)${ESC}[0m`);
    expect(terminalSafe(chalk.red('short'), { keepColor: true, maxLine: 10 })).toBe(chalk.red('short'));
  });

  it('turns CRLF into LF and drops a lone CR', () => {
    expect(terminalSafe('a\r\nb\rc')).toBe('a\nbc');
  });
});

describe('oneLine', () => {
  it('joins lines, drops controls and cuts with a marker', () => {
    expect(oneLine(`Ошибка\n\t${ESC}[2Jсервера`, 100)).toBe('Ошибка сервера');
    expect(oneLine('ж'.repeat(300), 10)).toBe(`${'ж'.repeat(10)}…(+290)`);
  });
});

describe('escapedExcerpt', () => {
  it('shows control characters as escapes and cuts the rest', () => {
    expect(escapedExcerpt('KEY=v\u0000OTHER=w\x1b[2J\n', 100)).toBe('KEY=v\\u0000OTHER=w\\u001b[2J\\n');
    expect(escapedExcerpt('a'.repeat(50), 8)).toBe('aaaaaaaa…(+42)');
  });
});
