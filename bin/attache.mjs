#!/usr/bin/env node
// The `attache` executable. It runs the compiled CLI (build/, made by `npm install`'s prepare script) when that is
// newer than every source file, and otherwise the TypeScript sources through tsx, so an edited checkout never runs
// an old build and needs no build step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const built = join(root, 'build', 'src', 'entry', 'cli.js');

/** The newest modification time among the files the build is made from. */
function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  for (const dir of ['src', 'commands', 'prompts']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Whether the build can be run: present, and newer than its sources (anything unexpected: no). */
function buildIsFresh() {
  const stamp = join(root, 'build', 'stamp');
  try {
    return existsSync(built) && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

if (process.env.ATTACHE_RUN_SOURCES !== '1' && buildIsFresh()) {
  await import(built);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/entry/cli.ts');
}
