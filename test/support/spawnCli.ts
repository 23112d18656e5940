import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a newcomer: no platform tokens, no LLM key, quiet logs. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(DISCORD_|SLACK_|OPENAI_|ATTACHE_|NODE_ENV|VITEST)/.test(k)) env[k] = v;
  }
  // Runtime state goes to a fresh temporary file, never into the checkout.
  return { ...env, LOG_LEVEL: 'warn', ATTACHE_STATE_FILE: join(mkdtempSync(join(tmpdir(), 'attache-run-')), 'state.json'), ...extra };
}

/** Run a command in the project folder, feeding `input` on stdin, and collect what it prints. */
export function spawnIn(cmd: string, args: string[], input = '', env = cleanEnv()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** `npx attache …` without npx: the same bin file npm links. */
export const attache = (args: string[], input = '', env = cleanEnv()) =>
  spawnIn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), ...args], input, env);
