import fleetSchema from './fleet.schema.json' with { type: 'json' };

/** The fleet file's JSON Schema (draft 2020-12), the source of truth of its format (`b24cfg fleet schema`). */
export const FLEET_SCHEMA: Readonly<Record<string, unknown>> = fleetSchema;
