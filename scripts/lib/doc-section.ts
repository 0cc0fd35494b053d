/**
 * Regenerated sections of a Markdown document: everything between `<!-- name:start -->` and
 * `<!-- name:end -->` is replaced; text outside the markers is left alone. A missing file or section
 * is created (the section at the end).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function replaceDocSection(file: string, name: string, content: string, intro = ''): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${content.trim()}\n${end}`;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    await mkdir(path.dirname(file), { recursive: true });
    text = intro;
  }
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(file, `${text.trimStart().trimEnd()}\n`);
}
