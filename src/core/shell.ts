/** A word a POSIX shell reads back unchanged (quoted when it holds anything but safe characters). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
