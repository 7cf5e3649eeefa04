/**
 * Runs a command and measures it: wall time, and the peak resident memory of its whole
 * process tree (npm → node → astro's workers), by polling /proc. Install-free, unlike
 * `/usr/bin/time -v`, which only reports the largest single process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NativeProcess, ProcessMemory } from './results.ts';

const round1 = (n: number) => Number(n.toFixed(1));

export interface Measured {
  readonly seconds: number;
  /** Peak of the summed RSS of the process and all its descendants, in MiB. */
  readonly peakRssMiB: number;
  readonly output: string;
  /** Each process of the tree that is not Node (Pagefind's indexer) at its own peak. */
  readonly native: readonly NativeProcess[];
}

export interface MeasuredWithMemory extends Measured {
  /** Each Node process of the command at its own peak, largest first. */
  readonly memory: readonly ProcessMemory[];
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return []; // the process ended between two reads
  }
}

function rssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The summed RSS of `root` and every process below it, in KiB; `each` is told every process's. */
export function treeRssKiB(root: number, each?: (pid: number, kib: number) => void): number {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const kib = rssKiB(pid);
    total += kib;
    each?.(pid, kib);
    stack.push(...children(pid));
  }
  return total;
}

/** The program a process runs, unless it is Node (whose processes the memory probe reports). */
function nativeName(pid: number): string | undefined {
  try {
    const program = basename(readlinkSync(`/proc/${pid}/exe`));
    return program === 'node' ? undefined : program;
  } catch {
    return undefined;
  }
}

export function measure(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const native = new Map<number, { command: string; kib: number; at: number }>();
    const seen = (pid: number, kib: number) => {
      const known = native.get(pid);
      if (known && kib <= known.kib) return;
      // Asked again as its RSS grows: a process first seen as `env` may since run Node.
      const command = nativeName(pid);
      if (command) native.set(pid, { command, kib, at: performance.now() - started });
      else native.delete(pid);
    };
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid, seen));
    }, 50);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
        return;
      }
      const natives = [...native.values()]
        .filter((p) => p.kib > 0)
        .map((p) => ({ command: p.command, rssMiB: Math.round(p.kib / 1024), peakAtSeconds: round1(p.at / 1000) }));
      resolve({ seconds, peakRssMiB: peak / 1024, output, native: natives });
    });
  });
}

const PROBE = pathToFileURL(join(import.meta.dirname, 'memory-probe.ts')).href;

/** `measure`, with every Node process of the command profiled by `memory-probe.ts`. */
export async function measureWithMemory(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<MeasuredWithMemory> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
  try {
    const nodeOptions = [process.env.NODE_OPTIONS, env.NODE_OPTIONS, `--import=${PROBE}`].filter(Boolean).join(' ');
    const measured = await measure(command, args, { ...env, NODE_OPTIONS: nodeOptions, MEMORY_PROBE_DIR: dir });
    const memory = readdirSync(dir)
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ProcessMemory)
      .sort((a, b) => b.rssMiB - a.rssMiB);
    return { ...measured, memory };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
