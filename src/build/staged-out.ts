/**
 * A build whose output folder is outside the project writes into a folder of its own inside the project
 * (src/build/env.ts says why) and is moved to the output folder here, after every other integration's
 * build:done has run: this one is listed last.
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

export default function stagedOut(staged: string, out: string): AstroIntegration {
  return {
    name: 'blog:staged-out',
    hooks: {
      'astro:build:done': async () => {
        await rm(out, { recursive: true, force: true });
        await mkdir(path.dirname(out), { recursive: true });
        try {
          await rename(staged, out);
        } catch (error) {
          // Another file system (a tmpfs /tmp): copy, then remove the staged copy.
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          await cp(staged, out, { recursive: true });
          await rm(staged, { recursive: true, force: true });
        }
      },
    },
  };
}
