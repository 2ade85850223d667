import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
  visit,
  type ParsedNode,
} from 'yaml';
import { escapedExcerpt } from '../core/terminal-text.js';
import type { LEntry, LNode } from './located.js';
import { yamlMeta } from './load-meta.js';
import { makeProblem } from './problem.js';
import { locationAt, type SourceFile } from './source-file.js';
import type { SpecProblem } from './types.js';

/**
 * Every `*alias` expansion counts against this; yaml's own guard throws on exponential "billion laughs"
 * documents, and a spec never needs more than a handful of anchors.
 */
export const MAX_ALIAS_COUNT = 100;

const RU_YAML: Record<string, string> = {
  DUPLICATE_KEY: 'ключ повторяется',
  BAD_INDENT: 'неверный отступ',
  TAB_AS_INDENT: 'табуляция вместо пробелов в отступе',
  MISSING_CHAR: 'не хватает закрывающего символа',
  UNEXPECTED_TOKEN: 'неожиданный символ',
  BLOCK_AS_IMPLICIT_KEY: 'вложенный словарь в ключе',
  MULTILINE_IMPLICIT_KEY: 'ключ не может занимать несколько строк',
  BAD_ALIAS: 'ссылка на неизвестный якорь',
  BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в кавычках',
  BAD_SCALAR_START: 'значение не может начинаться с этого символа',
};

export interface ParsedYaml {
  root?: LNode;
  problems: SpecProblem[];
}

/**
 * Parses any YAML into a located tree with the `yaml` package, which also explains every syntax error. Any
 * syntax error makes the tree unusable (a half-parsed spec would only produce confusing follow-up
 * problems), so `root` is then undefined and the problems say why.
 */
export function parseYamlFull(source: SourceFile): ParsedYaml {
  const { file, text } = source;
  const problems: SpecProblem[] = [];
  const docs = parseAllDocuments(text, {
    prettyErrors: false,
    uniqueKeys: true,
    // yaml prints its warnings as Node process warnings ("Set mapAsMap: true …", a key that is a list):
    // noise on stderr for a consultant; the schema check reports such a key with its place instead.
    logLevel: 'error',
  });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  for (const d of list) {
    for (const err of d.errors) {
      const detail = err.message.replace(/\s+at line \d+, column \d+.*$/s, '');
      problems.push(
        makeProblem(yamlMeta, {
          messageId: 'syntax',
          data: { detail: RU_YAML[err.code] ? `${RU_YAML[err.code]} (${detail})` : detail },
          path: '',
          location: locationAt(source, err.pos[0], err.pos[1]),
        }),
      );
    }
  }
  if (problems.length > 0) return { problems };
  for (const d of list.slice(1)) {
    const start = d.contents?.range[0] ?? 0;
    problems.push(
      makeProblem(yamlMeta, {
        messageId: 'multipleDocuments',
        path: '',
        location: locationAt(source, start),
      }),
    );
  }
  if (!doc || !doc.contents) {
    problems.push(
      makeProblem(yamlMeta, {
        messageId: 'notAMapping',
        data: { actual_ru: 'пустой документ', actual_en: 'an empty document' },
        path: '',
        location: { file, line: 1, col: 1 },
      }),
    );
    return { problems };
  }
  // yaml's guard against alias bombs lives in toJS: run it once before we expand aliases ourselves —
  // only when the document has an alias at all (the walk costs milliseconds on a large spec).
  try {
    if (hasAlias(doc.contents)) doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    problems.push(
      makeProblem(yamlMeta, {
        messageId: 'aliasLimit',
        data: { limit: MAX_ALIAS_COUNT },
        path: '',
        location: locationAt(source, doc.contents.range[0]),
      }),
    );
    return { problems };
  }
  const root = toLocated(doc, doc.contents, source);
  if (root.kind !== 'map') {
    problems.push(
      makeProblem(yamlMeta, {
        messageId: 'notAMapping',
        data:
          root.kind === 'seq'
            ? { actual_ru: 'список', actual_en: 'a list' }
            : { actual_ru: quotedExcerpt(root.value), actual_en: quotedExcerpt(root.value) },
        path: '',
        location: root.loc,
      }),
    );
    return { problems };
  }
  return { root, problems };
}

function toLocated(
  doc: Document.Parsed,
  node: YamlNode | ParsedNode,
  src: SourceFile,
  expanding: Set<YamlNode> = new Set(),
): LNode {
  const range = node.range ?? [0, 0, 0];
  const loc = locationAt(src, range[0], range[1]);
  if (isAlias(node)) {
    const target = node.resolve(doc);
    // A self-referencing anchor (`&a [*a]`) would expand forever; it cannot be a spec value anyway.
    if (!target || expanding.has(target)) return { kind: 'scalar', value: null, loc };
    expanding.add(target);
    // An alias takes the value of its anchor but keeps pointing at where the alias was written.
    const inner = toLocated(doc, target, src, expanding);
    expanding.delete(target);
    // The alias's text is `*name`: a scalar keeps where its own text is, to point inside it.
    if (inner.kind === 'scalar' && target.range)
      return { ...inner, loc, span: inner.span ?? [target.range[0], target.range[1]] };
    return { ...inner, loc };
  }
  if (isMap(node)) {
    const entries = new Map<string, LEntry>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode.toJSON()) : '';
      const kr = keyNode?.range ?? range;
      const keyLoc = locationAt(src, kr[0], kr[1]);
      const valueNode = pair.value as YamlNode | null;
      const value: LNode = valueNode
        ? toLocated(doc, valueNode, src, expanding)
        : { kind: 'scalar', value: null, loc: locationAt(src, kr[1]) };
      entries.set(key, { key, keyLoc, node: value });
    }
    return { kind: 'map', entries, loc };
  }
  if (isSeq(node)) {
    return {
      kind: 'seq',
      items: node.items.map((item) => toLocated(doc, item as YamlNode, src, expanding)),
      loc,
    };
  }
  if (isScalar(node)) {
    const v = node.value;
    const value =
      v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? v
        : JSON.stringify(v);
    return { kind: 'scalar', value, loc };
  }
  return { kind: 'scalar', value: null, loc };
}

function hasAlias(node: unknown): boolean {
  let found = false;
  visit(node as Parameters<typeof visit>[0], {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** Longest excerpt of a file that is not a spec: it may be any file (an environment dump, a key). */
const MAX_EXCERPT = 40;

/** What a document that is not a mapping holds, as a short escaped excerpt (issue 15: nothing more leaks). */
function quotedExcerpt(value: unknown): string {
  return typeof value === 'string' ? `"${escapedExcerpt(value, MAX_EXCERPT)}"` : JSON.stringify(value);
}
