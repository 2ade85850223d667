import { dirname, resolve } from 'node:path';
import { accessProblem, type AccessContext } from './access-problem.js';
import { envRefusal, fileRefusal } from './credentials.js';
import { escapePointer, pointerOf, type LEntry, type LMap, type LNode, type LScalar } from './located.js';
import { accessMeta, substitutionMeta } from './load-meta.js';
import { checkFileAccess } from './project-root.js';
import { makeProblem } from './problem.js';
import { closest } from './suggest.js';
import type { SourceLocation, SpecProblem } from './types.js';
import { locationAt, readLimitedText, spanOf, type ReadResult, type SourceFile } from './source-file.js';

/** `${kind:body}`; a leading `$$` makes it literal text. */
const TOKEN = /\$(\$?)\{([^}]*)\}/g;
const ENV_BODY = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s;
const VAR_BODY = /^([A-Za-z_][A-Za-z0-9_.-]*)(?::-(.*))?$/s;
const WHOLE_VAR = /^\$\{var:([A-Za-z_][A-Za-z0-9_.-]*)\}$/;

type VarValue = string | number | boolean;
type SubstitutionMessageId = keyof typeof substitutionMeta.messages;
type AccessMessageId = keyof typeof accessMeta.messages;

export interface SubstituteOptions {
  env: Record<string, string | undefined>;
  sources: ReadonlyMap<string, SourceFile>;
  /** The project folder `${file:…}` may read from. */
  access: AccessContext;
  /** Webhook secrets the environment holds: a value holding one is never substituted. */
  envSecrets: ReadonlySet<string>;
}

/** A `${file:…}` target: read, or refused without being read (outside the project folder). */
type FileContent = ReadResult | { refused: 'outside' | 'symlink' };

interface Pending {
  node: LScalar;
  /** Absolute paths of `${file:…}` targets in this string. */
  files: string[];
}

/**
 * Resolves `${env:NAME}`, `${env:NAME:-default}`, `${var:name}` and `${file:path}` in every string of the
 * merged spec (README.md#the-spec). `variables` are resolved first and may use env and file only. A string
 * that is exactly one `${var:x}` takes the variable's type. An unresolved reference is reported where it was
 * written and stays as written, so that one run still reports every other problem of the file.
 */
export async function substitute(
  root: LMap,
  opts: SubstituteOptions,
): Promise<{ root: LMap; problems: SpecProblem[] }> {
  const problems: SpecProblem[] = [];
  const fileCache = new Map<string, Promise<FileContent>>();
  const readOnce = (abs: string) => {
    let p = fileCache.get(abs);
    if (!p) {
      p = checkFileAccess(opts.access.root, abs).then((a): Promise<FileContent> | FileContent =>
        a.ok ? readLimitedText(a.path, abs) : { refused: a.why },
      );
      fileCache.set(abs, p);
    }
    return p;
  };

  // A value can hold `${` only when a file's text does, or spells it with an escape (`"\x24{"`); folding
  // a line break turns into a space, never into nothing. Without either, no value of any file is walked
  // (issue #18: a 700 KB spec has some 50 000 values). test/spec/variables.test.ts has both cases.
  if (![...opts.sources.values()].some((src) => src.text.includes('${') || src.text.includes('\\')))
    return { root, problems };

  // Read every ${file:…} target once, up front, so the substitution itself stays synchronous.
  const pending: Pending[] = [];
  collectStrings(root, (node) => {
    const files: string[] = [];
    for (const m of String(node.value).matchAll(TOKEN)) {
      const body = m[2] ?? '';
      if (m[1] === '' && body.startsWith('file:')) files.push(resolve(dirname(node.loc.file), body.slice(5)));
    }
    pending.push({ node, files });
  });
  const contents = new Map<string, FileContent>();
  await Promise.all(
    pending.flatMap((p) => p.files).map(async (abs) => contents.set(abs, await readOnce(abs))),
  );

  const ctx: ResolveContext = {
    env: opts.env,
    sources: opts.sources,
    contents,
    problems,
    vars: new Map(),
    access: opts.access,
    envSecrets: opts.envSecrets,
    allowEnv: allowedEnv(root),
  };
  const varsEntry = root.entries.get('variables');
  let out = root;
  if (varsEntry?.node.kind === 'map') {
    const resolved = new Map<string, LEntry>();
    for (const [name, entry] of varsEntry.node.entries) {
      const at = `/variables/${escapePointer(name)}`;
      const node = entry.node.kind === 'scalar' ? resolveScalar(entry.node, ctx, false, at) : entry.node;
      resolved.set(name, { ...entry, node });
      if (node.kind === 'scalar' && node.value !== null) ctx.vars.set(name, node.value);
    }
    out = withVariables(root, varsEntry, { ...varsEntry.node, entries: resolved });
  }
  // Nothing to substitute (most specs, and the 700 KB one of issue #18): the tree stays as it is.
  if (pending.length === 0) return { root: out, problems };
  const path: (string | number)[] = [];
  let entries: Map<string, LEntry> | undefined;
  for (const [key, entry] of out.entries) {
    if (key === 'variables' || key === 'allow_env') continue;
    path.push(key);
    const node = resolveTree(entry.node, ctx, path);
    path.pop();
    if (node !== entry.node) (entries ??= new Map(out.entries)).set(key, { ...entry, node });
  }
  return { root: entries ? { ...out, entries } : out, problems };
}

/** The names `allow_env` lists (the schema checks its shape; anything else in it allows nothing). */
function allowedEnv(root: LMap): Set<string> {
  const node = root.entries.get('allow_env')?.node;
  if (node?.kind !== 'seq') return new Set();
  return new Set(
    node.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : [])),
  );
}

function withVariables(root: LMap, entry: LEntry, node: LMap): LMap {
  const entries = new Map(root.entries);
  entries.set('variables', { ...entry, node });
  return { ...root, entries };
}

function stripFinalNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** Every string scalar that holds `${`, in no particular order (a loop, not recursion: it sees every value). */
function collectStrings(root: LNode, visit: (n: LScalar) => void): void {
  const stack: LNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'scalar') {
      if (typeof node.value === 'string' && node.value.includes('${')) visit(node);
    } else if (node.kind === 'seq') {
      for (const item of node.items) stack.push(item);
    } else {
      for (const e of node.entries.values()) stack.push(e.node);
    }
  }
}

interface ResolveContext {
  env: Record<string, string | undefined>;
  sources: ReadonlyMap<string, SourceFile>;
  contents: ReadonlyMap<string, FileContent>;
  problems: SpecProblem[];
  vars: Map<string, VarValue>;
  access: AccessContext;
  envSecrets: ReadonlySet<string>;
  allowEnv: ReadonlySet<string>;
}

/**
 * The tree with every string resolved. Unchanged parts are shared, not copied, and a value's pointer is
 * built only for a string that holds a reference (`path` is the way down, kept as segments).
 */
function resolveTree(node: LNode, ctx: ResolveContext, path: (string | number)[]): LNode {
  if (node.kind === 'scalar') {
    if (typeof node.value !== 'string' || !node.value.includes('${')) return node;
    return resolveScalar(node, ctx, true, pointerOf(path));
  }
  if (node.kind === 'seq') {
    let items: LNode[] | undefined;
    node.items.forEach((item, i) => {
      path.push(i);
      const next = resolveTree(item, ctx, path);
      path.pop();
      if (next !== item) (items ??= [...node.items])[i] = next;
    });
    return items ? { ...node, items } : node;
  }
  let entries: Map<string, LEntry> | undefined;
  for (const [k, e] of node.entries) {
    path.push(k);
    const next = resolveTree(e.node, ctx, path);
    path.pop();
    if (next !== e.node) (entries ??= new Map(node.entries)).set(k, { ...e, node: next });
  }
  return entries ? { ...node, entries } : node;
}

/** Where a token sits inside the scalar's source text, when it can be found there verbatim. */
function tokenLocation(node: LScalar, token: string, ctx: ResolveContext): SourceLocation {
  const src = ctx.sources.get(node.loc.file);
  if (src) {
    const [start, end] = node.span ?? spanOf(src, node.loc);
    const at = src.text.slice(start, end).indexOf(token);
    if (at >= 0) return locationAt(src, start + at, start + at + token.length);
  }
  return node.loc;
}

function resolveScalar(node: LScalar, ctx: ResolveContext, allowVar: boolean, pointer: string): LScalar {
  if (typeof node.value !== 'string' || !node.value.includes('${')) return node;
  const text = node.value;
  const whole = allowVar ? WHOLE_VAR.exec(text) : null;
  if (whole) {
    const v = ctx.vars.get(whole[1]!);
    if (v !== undefined) return { ...node, value: v };
  }
  const fail = (messageId: SubstitutionMessageId, token: string, data: Record<string, string>) => {
    ctx.problems.push(
      makeProblem(substitutionMeta, {
        messageId,
        data: { text: token, ...data },
        path: pointer,
        location: tokenLocation(node, token, ctx),
      }),
    );
    return token;
  };
  // Refused values never enter the spec: the reference stays as written, and only names are reported.
  const refuse = (messageId: AccessMessageId, token: string, data: Record<string, string>) => {
    ctx.problems.push(
      makeProblem(accessMeta, { messageId, data, path: pointer, location: tokenLocation(node, token, ctx) }),
    );
    return token;
  };
  const value = text.replace(TOKEN, (token: string, escaped: string, body: string) => {
    if (escaped) return token.slice(1);
    const colon = body.indexOf(':');
    const kind = colon < 0 ? '' : body.slice(0, colon);
    const rest = colon < 0 ? '' : body.slice(colon + 1);
    if (kind === 'env') {
      const m = ENV_BODY.exec(rest);
      if (!m) return fail('badVarName', token, {});
      const name = m[1]!;
      const v = ctx.env[name];
      // Like the shell's `${NAME:-default}`: an empty value takes the default when one is given.
      if (v !== undefined && (v !== '' || m[2] === undefined)) {
        const why = envRefusal(name, v, ctx.allowEnv, ctx.envSecrets);
        if (why === 'webhook') return refuse('envWebhook', token, { name });
        if (why === 'credential') return refuse('envCredential', token, { name });
        return v;
      }
      if (m[2] !== undefined) return m[2];
      return fail('undefinedEnv', token, { name: m[1]! });
    }
    if (kind === 'var') {
      if (!allowVar) return fail('varInVariables', token, {});
      const m = VAR_BODY.exec(rest);
      if (!m) return fail('badVarName', token, {});
      const v = ctx.vars.get(m[1]!);
      if (v !== undefined) return String(v);
      if (m[2] !== undefined) return m[2];
      const near = closest(m[1]!, ctx.vars.keys());
      return fail('undefinedVar', token, {
        name: m[1]!,
        suggestion_ru: near ? ` Возможно, «${near}»?` : '',
        suggestion_en: near ? ` Did you mean "${near}"?` : '',
      });
    }
    if (kind === 'file') {
      const abs = resolve(dirname(node.loc.file), rest);
      const read = ctx.contents.get(abs);
      if (read && 'refused' in read) {
        ctx.problems.push(
          accessProblem(ctx.access, read.refused, rest, abs, pointer, tokenLocation(node, token, ctx)),
        );
        return token;
      }
      if (read?.ok) {
        if (fileRefusal(read.text, ctx.envSecrets)) return refuse('fileCredential', token, { target: rest });
        return stripFinalNewline(read.text);
      }
      if (read && read.problem.messageId !== 'notFound') {
        // Too large or unreadable: the reader's own message says which, pointed at the reference.
        ctx.problems.push({ ...read.problem, path: pointer, location: tokenLocation(node, token, ctx) });
        return token;
      }
      return fail('missingFile', token, { target: rest });
    }
    return fail('unknownKind', token, {});
  });
  return value === text ? node : { ...node, value };
}
