import { dataJson } from '../../core/data-text.js';
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuditReport, ReportedFinding, StandardResult } from './types.js';
import { findStandard } from '../../standards/registry.js';
import type { Status } from '../../standards/types.js';
import type { AuditFormatOptions } from './common.js';
import { isSuppressed } from './common.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Partial<Record<Status, 'error' | 'warning' | 'note'>> = {
  fail: 'error',
  partial: 'warning',
  'manual-unattested': 'note',
  'manual-expired': 'warning',
  error: 'warning',
};

function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** Where a finding shows up: its spec lines; else the spec, the snapshot or the portal as a whole. */
function locationsOf(f: ReportedFinding, report: AuditReport) {
  if (f.locations && f.locations.length > 0) {
    return f.locations.map((l) => ({
      physicalLocation: {
        artifactLocation: artifact(l.file),
        region: { startLine: l.line, startColumn: l.col },
      },
      logicalLocations: [{ fullyQualifiedName: l.pointer || '/', kind: 'member' }],
    }));
  }
  const file = report.source.spec ?? report.source.snapshot;
  if (file)
    return [
      { physicalLocation: { artifactLocation: artifact(file), region: { startLine: 1, startColumn: 1 } } },
    ];
  return [
    {
      logicalLocations: [{ fullyQualifiedName: `portal:${report.source.host ?? 'unknown'}`, kind: 'module' }],
    },
  ];
}

function results(r: StandardResult, report: AuditReport, o: AuditFormatOptions) {
  return r.findings
    .filter((f) => f.scored && LEVEL[f.status] !== undefined)
    .map((f) => ({
      ruleId: r.id,
      level: LEVEL[f.status],
      message: { text: `${f.message[o.lang]} ${r.remediation[o.lang]}` },
      locations: locationsOf(f, report),
      properties: {
        status: f.status,
        part: f.part,
        messageId: f.messageId,
        ...(f.ratio !== undefined ? { ratio: f.ratio } : {}),
      },
      ...(isSuppressed(r)
        ? {
            suppressions: [
              { kind: 'external', justification: r.suppression?.reason ?? '', status: 'accepted' },
            ],
          }
        : {}),
    }));
}

/** SARIF 2.1.0: one rule per standard; spec findings point at their YAML lines for code scanning. */
export function formatAuditSarif(report: AuditReport, o: AuditFormatOptions): string {
  const rules = report.results.map((r) => {
    const meta = findStandard(r.id)?.meta;
    return {
      id: r.id,
      name: r.slug,
      shortDescription: { text: r.title[o.lang] },
      ...(meta ? { fullDescription: { text: meta.rationale[o.lang] } } : {}),
      help: { text: r.remediation[o.lang] },
      properties: {
        category: r.category,
        weight: r.weight,
        classes: r.classes,
        tags: ['b24cfg', report.pack, r.category],
      },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'b24cfg',
            version: report.tool.replace(/^b24cfg@/, ''),
            informationUri: 'https://github.com/b24cfg/b24cfg',
            rules,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(o.cwd.endsWith(sep) ? o.cwd : `${o.cwd}${sep}`).href },
        },
        results: report.results.flatMap((r) => results(r, report, o)),
        properties: {
          pack: report.pack,
          fingerprint: report.source.hash,
          score: report.score.value,
          grade: report.score.grade,
          ...(report.source.archive ? { crmSettingsArchive: report.source.archive } : {}),
        },
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return dataJson(log);
}
