/** Comparing built folders: the build tests check that two builds wrote the same files, byte for byte. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, relative, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Files present in only one of two folders, or present in both with different bytes. */
export async function differences(a: string, b: string): Promise<string[]> {
  const [inA, inB] = await Promise.all([filesUnder(a), filesUnder(b)]);
  const onlyOne = [...inA.filter((f) => !inB.includes(f)), ...inB.filter((f) => !inA.includes(f))];
  const differing: string[] = [];
  for (const file of inA.filter((f) => inB.includes(f))) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) differing.push(file);
  }
  return [...onlyOne.map((f) => `only in one: ${f}`), ...differing];
}
