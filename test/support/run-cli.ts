/**
 * The `sla-statement` command run in-process: run() with files read from disk, files it writes
 * kept in memory, and standard output and error captured.
 */
import { readFileSync } from 'node:fs';
import { run, type CliIo } from '../../src/cli/run.js';

export interface Captured {
  status: number;
  stdout: string;
  stderr: string;
  /** What the command wrote, by the path it was given. */
  written: Map<string, string>;
}

export async function runCli(args: string[], stdin = ''): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => readFileSync(path, 'utf8'),
    readBinary: async (path) => new Uint8Array(readFileSync(path)),
    writeFile: async (path, text) => void written.set(path, text),
    readStdin: async () => stdin,
  };
  const status = await run(args, io);
  return { status, stdout, stderr, written };
}
