/**
 * Deterministic generator of realistic review posts for the benchmark: the same seed and count always
 * write the same files (a seeded PRNG, no Math.random, no clock). Frontmatter uses the real schema's
 * fields (src/schemas/post.ts); bodies are 1,500 to 5,000 characters of Korean review prose with
 * headings, a list, a fenced code block and links.
 *
 * Mix: every subject kind (books with a valid ISBN-13), ratings in halves (some posts unrated), ~5% in a
 * series, ~5% with a cover (folder-per-post: <slug>/index.mdx + cover.jpg), ~2% drafts, ~20% plain .md.
 * Dates lie between DATE_START and DATE_END, both in the past: no post is scheduled, so every
 * non-draft post is published and page counts are predictable.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import * as bank from './corpus.ts';

export const DATE_START = Date.UTC(2019, 0, 1);
/** Fixed rather than "today", so the output does not depend on the clock. */
export const DATE_END = Date.UTC(2026, 9, 31);
export const DEFAULT_SEED = 20261128;

export type Rng = () => number;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;

/** `k` distinct items, in random order. */
function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, k);
}

/** A valid ISBN-13 (978/979 prefix), hyphenated as usually printed; the check digit is computed. */
export function isbn13(rng: Rng): string {
  const digits = [9, 7, pick(rng, [8, 9]), ...Array.from({ length: 9 }, () => int(rng, 0, 9))];
  const sum = digits.reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  const s = [...digits, check].join('');
  return `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5, 9)}-${s.slice(9, 12)}-${s.slice(12)}`;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

type Yaml = string | number | boolean | YamlDate | Yaml[] | { [key: string]: Yaml | undefined };
/** A bare YAML date (2024-11-03), which the schema reads as that day in the site's time zone. */
class YamlDate {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

/** YAML for our frontmatter shapes: strings double-quoted (JSON is valid YAML), arrays in flow style. */
function toYaml(data: Record<string, Yaml | undefined>, indent = ''): string {
  const scalar = (v: Yaml): string =>
    v instanceof YamlDate ? v.value : Array.isArray(v) ? `[${v.map(scalar).join(', ')}]` : JSON.stringify(v);
  return Object.entries(data)
    .filter((entry): entry is [string, Yaml] => entry[1] !== undefined)
    .map(([key, v]) =>
      typeof v === 'object' && !Array.isArray(v) && !(v instanceof YamlDate)
        ? `${indent}${key}:\n${toYaml(v, `${indent}  `)}`
        : `${indent}${key}: ${scalar(v)}\n`,
    )
    .join('');
}

const TITLE_TAILS = [
  '다시 읽고',
  '읽고 남은 질문들',
  '기대와 실망 사이',
  '천천히 읽기',
  '왜 지금 이 작품인가',
  '세 가지 인상',
  '한 줄로는 부족한 감상',
];

function subjectFor(rng: Rng, i: number) {
  const kind = pick(rng, ['book', 'book', 'book', 'magazine', 'paper', 'film', 'other'] as const);
  switch (kind) {
    case 'book':
      return {
        kind,
        title: pick(rng, bank.BOOK_TITLES),
        creators: sample(rng, bank.CREATORS, int(rng, 1, 2)),
        publisher: pick(rng, bank.PUBLISHERS),
        year: int(rng, 1995, 2025),
        isbn: isbn13(rng),
      };
    case 'magazine': {
      const magazine = pick(rng, bank.MAGAZINES);
      return {
        kind,
        title: magazine.title,
        publisher: magazine.publisher,
        issue: `${int(rng, 2019, 2026)}년 ${int(rng, 1, 12)}월호`,
      };
    }
    case 'paper':
      return {
        kind,
        title: pick(rng, bank.PAPERS),
        creators: sample(rng, bank.CREATORS, int(rng, 1, 3)),
        year: int(rng, 2015, 2026),
        url: `https://doi.org/10.1000/bench.${i}`,
      };
    case 'film':
      return { kind, title: pick(rng, bank.FILMS), creators: [pick(rng, bank.CREATORS)], year: int(rng, 2000, 2025) };
    case 'other':
      return { kind, title: pick(rng, bank.OTHERS) };
  }
}

const paragraph = (rng: Rng, min: number, max: number) =>
  Array.from({ length: int(rng, min, max) }, () => pick(rng, bank.SENTENCES)).join(' ');

function body(rng: Rng): string {
  const target = int(rng, 1500, 5000);
  const headings = sample(
    rng,
    bank.HEADINGS.filter((h) => h !== '마치며'),
    bank.HEADINGS.length,
  );
  const parts = [paragraph(rng, 2, 4)];
  let length = parts[0]?.length ?? 0;
  const add = (text: string) => {
    parts.push(text);
    length += text.length + 2;
  };
  for (let section = 0; length < target - 200; section++) {
    add(`## ${headings[section] ?? `생각 ${section + 1}`}`);
    for (let p = int(rng, 1, 3); p > 0; p--) {
      const link = chance(rng, 0.3) ? pick(rng, bank.LINKS) : undefined;
      add(paragraph(rng, 3, 6) + (link ? ` 자세한 내용은 [${link.text}](${link.url})에서 볼 수 있습니다.` : ''));
    }
    if (section === 0)
      add(
        sample(rng, bank.LIST_ITEMS, int(rng, 3, 5))
          .map((item) => `- ${item}`)
          .join('\n'),
      );
    if (section === 1) {
      const code = pick(rng, bank.CODE_BLOCKS);
      add(`\`\`\`${code.lang}\n${code.body}\n\`\`\``);
    }
    if (chance(rng, 0.2)) add(`> ${pick(rng, bank.SENTENCES)}`);
  }
  add('## 마치며');
  add(paragraph(rng, 2, 3));
  return `${parts.join('\n\n')}\n`;
}

export interface GeneratedPost {
  slug: string;
  /** Path relative to the output folder. */
  file: string;
  text: string;
  /** Index into the cover images when the post has one. */
  cover?: number;
  draft: boolean;
}

/** All posts of a run, in memory: pure, so tests can check them without touching the disk. */
export function generatePosts(n: number, seed = DEFAULT_SEED): GeneratedPost[] {
  const rng = mulberry32(seed);
  const seriesOrder = new Map<string, number>();
  const posts: GeneratedPost[] = [];
  for (let i = 1; i <= n; i++) {
    const subject = subjectFor(rng, i);
    const pub = DATE_START + int(rng, 0, Math.floor((DATE_END - DATE_START) / DAY_MS)) * DAY_MS;
    const updated = chance(rng, 0.15) ? Math.min(DATE_END, pub + int(rng, 1, 200) * DAY_MS) : undefined;
    const draft = chance(rng, 0.02);
    const cover = chance(rng, 0.05) ? int(rng, 0, bank.COVER_ALTS.length - 1) : undefined;
    let series: { name: string; order: number } | undefined;
    if (chance(rng, 0.05)) {
      const name = pick(rng, bank.SERIES);
      const order = (seriesOrder.get(name) ?? 0) + 1;
      seriesOrder.set(name, order);
      series = { name, order };
    }
    const text = body(rng);
    const description = `${subject.title}에 대한 리뷰입니다. ${pick(rng, bank.SENTENCES)}`.slice(0, 200);
    const frontmatter = {
      // Numbered so every title is unique, as on a real blog: social cards are cached by content, and
      // repeated titles would share one card and hide its cost.
      title: `${subject.title} — ${pick(rng, TITLE_TAILS)} (리뷰 ${i})`,
      description,
      pubDate: new YamlDate(day(pub)),
      updatedDate: updated === undefined ? undefined : new YamlDate(day(updated)),
      draft: draft || undefined,
      tags: sample(rng, bank.TAGS, int(rng, 2, 4)),
      cover: cover === undefined ? undefined : { src: './cover.jpg', alt: bank.COVER_ALTS[cover] ?? '표지' },
      subject,
      rating: chance(rng, 0.9) ? int(rng, 1, 10) / 2 : undefined,
      series,
    };
    const slug = `bench-${String(i).padStart(5, '0')}-${subject.kind}`;
    const ext = cover === undefined && chance(rng, 0.2) ? 'md' : 'mdx';
    posts.push({
      slug,
      file: cover === undefined ? `${slug}.${ext}` : `${slug}/index.mdx`,
      text: `---\n${toYaml(frontmatter)}---\n\n${text}`,
      ...(cover === undefined ? {} : { cover }),
      draft,
    });
  }
  return posts;
}

const COVER_COLOURS = [
  ['#1e3a8a', '#e0f2fe'],
  ['#c2410c', '#fde68a'],
  ['#14532d', '#86efac'],
  ['#374151', '#d1d5db'],
] as const;

/** Small cover JPEGs (a gradient and a circle, drawn from SVG: deterministic), made once per run. */
export async function coverImages(): Promise<Buffer[]> {
  return Promise.all(
    COVER_COLOURS.map(([from, to]) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="640">
        <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
        <rect width="480" height="640" fill="url(#g)"/><circle cx="240" cy="260" r="120" fill="${to}" fill-opacity="0.5"/></svg>`;
      return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
    }),
  );
}

export interface WriteSummary {
  posts: number;
  drafts: number;
  covers: number;
  files: number;
  bytes: number;
}

/** Writes the posts (and their covers) into `dir`, which should be empty. */
export async function writePosts(dir: string, posts: GeneratedPost[]): Promise<WriteSummary> {
  const covers = await coverImages();
  let bytes = 0;
  let files = 0;
  for (const post of posts) {
    const file = path.join(dir, post.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, post.text);
    bytes += Buffer.byteLength(post.text);
    files++;
    if (post.cover !== undefined) {
      const jpeg = covers[post.cover] as Buffer;
      await writeFile(path.join(path.dirname(file), 'cover.jpg'), jpeg);
      bytes += jpeg.length;
      files++;
    }
  }
  return {
    posts: posts.length,
    drafts: posts.filter((p) => p.draft).length,
    covers: posts.filter((p) => p.cover !== undefined).length,
    files,
    bytes,
  };
}
