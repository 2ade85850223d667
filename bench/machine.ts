/** The machine a result was measured on, and how busy it was: every timing is printed with the load. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    nproc: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** The 1-minute load average, rounded (on Linux; 0 where the OS does not report it). */
export function load1(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
