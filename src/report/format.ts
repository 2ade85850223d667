/** Every output format a command can print; each command accepts the subset its renderers produce. */
export const OUTPUT_FORMATS = ['pretty', 'json', 'markdown', 'sarif', 'junit', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
