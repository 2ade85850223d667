/**
 * The exit-code contract (README.md#exit-codes). It is documented in README.md and tested in
 * test/cli/exit-codes.test.ts; change all three together.
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  changes: 2,
  gateFailed: 3,
  partial: 4,
  auth: 5,
  budget: 6,
  stalePlan: 7,
  internal: 70,
  /** SIGINT or SIGTERM ended the command (128 + SIGINT's number, as shells report it). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
