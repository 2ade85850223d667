/**
 * Comments cite only what ships with the repository: the notes in docs/ (docs/bitrix24/README.md explains the
 * form `docs/bitrix24/<note>.md#<anchor>`), sections of README.md, RELIABILITY.md and BENCHMARKS.md, the official
 * docs by URL, or a test that exists. A citation of a file outside the repository, of a note or anchor that does
 * not exist, or of a missing test fails here with its file and line.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src', 'test', 'bench', 'scripts'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'fixtures', '__golden__', 'golden', 'results']);
const SELF = relative(ROOT, import.meta.filename);

interface Piece {
  file: string;
  line: number;
  kind: 'comment' | 'string';
  text: string;
}

/** Files of the scanned folders that TypeScript can parse, as paths relative to the root. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const rel = join(dir, name);
      if (statSync(join(ROOT, rel)).isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(rel);
      } else if (/\.(ts|mts|js|mjs)$/.test(name) && !/\.(d|generated)\.ts$/.test(name) && rel !== SELF) {
        out.push(rel);
      }
    }
  };
  for (const d of SCANNED) if (existsSync(join(ROOT, d))) walk(d);
  return out.sort();
}

/** The comments and string literals of a source text, found by the TypeScript parser (never inside code). */
function piecesOf(file: string, text: string): Piece[] {
  const kind = /\.m?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Set<number>();
  const out: Piece[] = [];
  const line = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const comments = (ranges: ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({ file, line: line(r.pos), kind: 'comment', text: text.slice(r.pos, r.end) });
    }
  };
  const visit = (node: ts.Node): void => {
    comments(ts.getLeadingCommentRanges(text, node.pos));
    comments(ts.getTrailingCommentRanges(text, node.end));
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node)
    ) {
      out.push({ file, line: line(node.getStart(sf)), kind: 'string', text: node.getText(sf) });
    }
    node.getChildren(sf).forEach(visit);
  };
  visit(sf);
  return out;
}

/** Citations of files outside the repository. Strings are checked for the research files only. */
const OUTSIDE: ReadonlyArray<{ re: RegExp; what: string; inStrings: boolean }> = [
  {
    re: /rest-map/,
    what: 'the research file rest-map.md (cite docs/bitrix24/<note>.md#<anchor>)',
    inStrings: true,
  },
  {
    re: /\bDESIGN\.md\b/,
    what: 'DESIGN.md (cite README.md, RELIABILITY.md, BENCHMARKS.md or docs/)',
    inStrings: true,
  },
  {
    re: /(?:\.\.\/|\/work\/)shared\b|\bshared\/bitrix24\b/,
    what: 'the shared research folder',
    inStrings: false,
  },
  { re: /\bresearch\/[\w-]+\.md|\bpeers\.md\b|\bSTANDARDS\.md\b/, what: 'a research file', inStrings: true },
  { re: /\[[YAD]\]\s/, what: "rest-map's [Y]/[A]/[D] source tags", inStrings: true },
  {
    re: /(?<!https?:\/\/\S*)[\w-]+\.php\b/,
    what: 'a server PHP file (cite the note that links it)',
    inStrings: false,
  },
];

const DOC_REF =
  /(?<![\w/.-])((?:docs\/[\w./-]+|README|RELIABILITY|BENCHMARKS|standards\/README)\.md)(?:#([\w-]+))?/g;
const TEST_REF = /(?<![\w/.-])(test\/[\w./-]+\.test\.ts)\b/g;

/** GitHub's anchors for the headings of a Markdown text (and explicit `<a id>` anchors). */
function anchorsOf(md: string): Set<string> {
  const out = new Set<string>();
  const counts = new Map<string, number>();
  let fence = false;
  for (const line of md.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const base = (h[1] ?? '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
      const n = counts.get(base) ?? 0;
      counts.set(base, n + 1);
      out.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const a of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(a[1] ?? '');
  }
  return out;
}

const anchorCache = new Map<string, Set<string> | null>();
function anchors(path: string): Set<string> | null {
  if (!anchorCache.has(path)) {
    const full = join(ROOT, path);
    anchorCache.set(path, existsSync(full) ? anchorsOf(readFileSync(full, 'utf8')) : null);
  }
  return anchorCache.get(path) ?? null;
}

/** What is wrong with the citations in one piece of text, as messages. */
function problemsOf(p: Piece): string[] {
  const out: string[] = [];
  for (const o of OUTSIDE) {
    if (p.kind === 'string' && !o.inStrings) continue;
    const m = o.re.exec(p.text);
    if (m) out.push(`cites ${o.what}: "${m[0]}"`);
  }
  for (const m of p.text.matchAll(DOC_REF)) {
    const path = m[1] ?? '';
    const found = anchors(path);
    if (found === null) out.push(`cites ${path}, which does not exist`);
    else if (m[2] && !found.has(m[2])) out.push(`cites ${path}#${m[2]}, but ${path} has no such heading`);
  }
  for (const m of p.text.matchAll(TEST_REF)) {
    if (!existsSync(join(ROOT, m[1] ?? ''))) out.push(`names ${m[1]}, which does not exist`);
  }
  return out;
}

function report(pieces: Piece[]): string[] {
  return pieces.flatMap((p) => problemsOf(p).map((msg) => `${p.file}:${p.line}: ${msg}`));
}

describe('citations in comments', () => {
  it.each([
    ['// rules of crm.status (rest-map §2)', 'rest-map'],
    ['/** The exit-code contract (DESIGN.md §1). */', 'DESIGN.md'],
    ['// see ../shared/bitrix24/rest-examples', 'shared research folder'],
    ['// measured in research/b24jssdk.md §4', 'a research file'],
    ['// ([Y] CCrmStatus::Add)', 'source tags'],
    ['// read in crm/lib/statustable.php', 'server PHP file'],
    ['// docs/bitrix24/no-such-note.md', 'does not exist'],
    ['// docs/bitrix24/stages.md#no-such-anchor', 'no such heading'],
    ['// proved by test/no/such.test.ts', 'does not exist'],
    ["it('rest-map §2: a title', () => {});", 'rest-map'],
  ])('the check catches %s', (source, expected) => {
    const found = report(piecesOf('x.ts', source));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it.each([
    ['// docs/bitrix24/stages.md#sort-rules, https://apidocs.bitrix24.com/limits.html'],
    ['// exit codes: README.md#exit-codes; proved by test/docs/citations.test.ts'],
    ["const url = 'https://portal/bitrix/services/main/ajax.php?action=x';"],
    ['// PHP 8 comparison (https://www.php.net/manual/en/language.operators.comparison.php)'],
    ["const shared = '/work/shared/bitrix24';"],
    ['const re = /rest-map/;'],
  ])('the check lets %s through', (source) => {
    expect(report(piecesOf('x.ts', source))).toEqual([]);
  });

  it('no comment or test title cites a file outside the repository, a missing note, anchor or test', () => {
    const pieces = sourceFiles().flatMap((f) => piecesOf(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(pieces.length).toBeGreaterThan(1000);
    expect(report(pieces)).toEqual([]);
  });
});

describe('the notes in docs/bitrix24', () => {
  const dir = 'docs/bitrix24';
  const notes = readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.md'));

  it('link each other and the repository by paths and anchors that exist', () => {
    const problems: string[] = [];
    for (const note of notes) {
      const text = readFileSync(join(ROOT, dir, note), 'utf8');
      for (const m of text.matchAll(/\]\(([\w.-]+\.md)(?:#([\w-]+))?\)/g)) {
        const target = `${dir}/${m[1]}`;
        const found = anchors(target);
        if (found === null) problems.push(`${note}: links ${m[1]}, which does not exist`);
        else if (m[2] && !found.has(m[2]))
          problems.push(`${note}: links ${m[1]}#${m[2]}, which has no such heading`);
      }
      for (const m of text.matchAll(/`((?:test|src|bench)\/[\w./-]+)`/g)) {
        const path = m[1] ?? '';
        const exists = path.includes('*')
          ? existsSync(join(ROOT, path.slice(0, path.lastIndexOf('/'))))
          : existsSync(join(ROOT, path));
        if (!exists) problems.push(`${note}: names ${path}, which does not exist`);
      }
    }
    expect(notes.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
