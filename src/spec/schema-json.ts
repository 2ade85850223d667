import specSchema from './spec.schema.json' with { type: 'json' };

/** The spec's JSON Schema (draft 2020-12), the source of truth for the spec format (`b24cfg schema`). */
export const SPEC_SCHEMA: Readonly<Record<string, unknown>> = specSchema;
