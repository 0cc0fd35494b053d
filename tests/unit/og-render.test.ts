/**
 * Open Graph cards, drawn for real (takumi): PNG format and size, Hangul drawn as letters, and the
 * layout's line breaks read from takumi's own measurement. A renderer draws only glyphs of the fonts it
 * is given; a missing Korean font shows every syllable as the same empty box.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { OG_FONT_FAMILY, cardText, cardTree, type CardContent } from '../../src/og/card.ts';
import {
  loadFonts,
  measureTree,
  renderCardPng,
  renderPng,
  type CardFont,
  type LoadedFonts,
} from '../../src/og/render.ts';
import type { MeasuredNode } from '@takumi-rs/core';

let loaded: LoadedFonts;
beforeAll(async () => {
  loaded = await loadFonts();
});

const HANGUL_TITLE = '김민제의블로그읽기한글';
/** An unassigned code point: no font has it, so the renderer draws the font's .notdef box. */
const NO_GLYPH = '\u0378';

/** The pixels one character is drawn with, alone on a small card. */
async function drawn(char: string, fonts: readonly CardFont[]): Promise<string> {
  const tree = {
    type: 'div',
    props: { style: { display: 'flex', fontSize: 64, fontFamily: OG_FONT_FAMILY, color: '#000' }, children: char },
  };
  const png = await renderPng(tree, fonts, { width: 120, height: 100 });
  return (await sharp(png).raw().toBuffer()).toString('base64');
}

/** Characters of `text` drawn as nothing, as the .notdef box, or identical to another (all boxes). */
async function missingGlyphs(text: string, fonts: readonly CardFont[]): Promise<string[]> {
  const [blank, notdef] = await Promise.all([drawn(' ', fonts), drawn(NO_GLYPH, fonts)]);
  const seen = new Map<string, string>();
  const bad: string[] = [];
  for (const char of new Set(text)) {
    const pixels = await drawn(char, fonts);
    if (pixels === blank || pixels === notdef || seen.has(pixels)) bad.push(char);
    seen.set(pixels, char);
  }
  return bad;
}

describe('card fonts', () => {
  it('come from the pretendard package and have an identity for the cache key', () => {
    expect(loaded.fonts.map((f) => f.weight)).toEqual([500, 700]);
    expect(loaded.id).toMatch(/^pretendard-[0-9a-f]{16}$/);
  });

  it('draw every Hangul syllable of a title as its own glyph', async () => {
    for (const font of loaded.fonts) {
      expect(await missingGlyphs(HANGUL_TITLE, [font])).toEqual([]);
    }
  });

  // The check above must be able to fail: a code point no font has comes out as the box.
  it('catch a character the fonts do not have', async () => {
    expect(await missingGlyphs(`가${NO_GLYPH}A`, loaded.fonts)).toEqual([NO_GLYPH]);
  });
});

describe('renderCardPng', () => {
  it('makes a 1200×630 PNG', async () => {
    const png = await renderCardPng(
      { title: '채식주의자', kicker: '책 리뷰', subject: '채식주의자', blogName: '김민제의 블로그' },
      loaded.fonts,
    );
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('puts ink on the paper for a Hangul-only title', async () => {
    const inkIn = async (title: string) => {
      const png = await renderCardPng({ title, blogName: '' }, loaded.fonts);
      // The headline band, away from the accent rule at the top and the footer.
      const { data } = await sharp(png)
        .extract({ left: 88, top: 140, width: 1024, height: 340 })
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return data.filter((v) => v < 128).length;
    };
    expect(await inkIn('')).toBe(0);
    expect(await inkIn(HANGUL_TITLE)).toBeGreaterThan(5_000);
  });
});

/** A measured node by its path of child indexes from the card's root. */
const at = (node: MeasuredNode, ...path: number[]) =>
  path.reduce<MeasuredNode | undefined>((n, i) => n?.children[i], node);

/** The lines of text under a node, as laid out: runs grouped by their vertical position. */
function linesOf(node: MeasuredNode | undefined): string[] {
  const runs: { y: number; x: number; text: string }[] = [];
  const walk = (n: MeasuredNode, dy: number) => {
    const y = dy + n.transform[5];
    for (const run of n.runs) runs.push({ y: Math.round(y + run.y), x: run.x, text: run.text });
    for (const child of n.children) walk(child, y);
  };
  if (node) walk(node, 0);
  const lines = new Map<number, { x: number; text: string }[]>();
  for (const run of runs) lines.set(run.y, [...(lines.get(run.y) ?? []), run]);
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, parts]) =>
      parts
        .sort((p, q) => p.x - q.x)
        .map((p) => p.text)
        .join('')
        .trim(),
    );
}

/** The card laid out: the line above the title (eyebrow), the title, and the footer (cardTree's order). */
async function layout(content: CardContent) {
  const root = await measureTree(cardTree(content), loaded.fonts);
  return { eyebrow: linesOf(at(root, 1)), title: linesOf(at(root, 2, 0)), footer: linesOf(at(root, 3)) };
}

const titleLines = async (title: string) => (await layout({ title, blogName: '블로그' })).title;

describe('title wrapping', () => {
  it('breaks Korean between words, never before punctuation', async () => {
    const title = 'MIT Technology Review 리뷰: AI는 전력이고, 전력이 곧 AI다';
    const lines = await titleLines(title);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(line).not.toMatch(/^[:;,.!?)]/u);
  });

  // takumi measures the text it lays out; the ellipsis it draws after a cut is not a run of the text.
  it('clamps a very long title to three lines, cut between words', async () => {
    const title = '주의력만 있으면 된다고 말한 논문이 팔 년 뒤 세상을 어떻게 바꾸었는지에 대한 '.repeat(3).trim();
    const lines = await titleLines(title);
    expect(lines).toHaveLength(3);
    const shown = lines.join(' ');
    expect(title.startsWith(shown)).toBe(true);
    expect(title[shown.length]).toBe(' ');
  });
});

describe('the line above the title', () => {
  const longSubject = '아주 긴 잡지 이름과 호수: 인공지능과 전력, 그리고 데이터센터의 미래를 다룬 특집호 전체';
  const card = { title: '전력', kicker: '잡지 리뷰', subject: longSubject, blogName: '블로그' };
  /** The line above the title, and the part of it after the kind: the reviewed work as shown. */
  async function eyebrow(subject: string) {
    const { eyebrow: lines, footer } = await layout({ ...card, subject });
    expect(lines).toHaveLength(1);
    expect(footer).toEqual(['블로그']);
    const line = lines[0] ?? '';
    return { line, shown: line.replace(/^.*\|\s*/u, '') };
  }

  it('shows the kind and the reviewed work, a long name cut between words on one line', async () => {
    const { line, shown } = await eyebrow(longSubject);
    expect(line).toMatch(/^잡지 리뷰\s*\|\s*아주 긴 잡지 이름과/u);
    // A whole-word prefix of the name, shorter than the name: what follows it in the name is a space.
    expect(shown.length).toBeLessThan(longSubject.length);
    expect(longSubject.startsWith(shown)).toBe(true);
    expect(longSubject[shown.length]).toBe(' ');
  });

  it('cuts a name with no spaces at all inside the word rather than letting it run off the card', async () => {
    const unbroken = '띄어쓰기없이아주길게이어지는잡지이름과호수인공지능과전력그리고데이터센터의미래를다룬특집호전체';
    const { shown } = await eyebrow(unbroken);
    expect(unbroken.startsWith(shown)).toBe(true);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.length).toBeLessThan(unbroken.length);
  });
});

describe('emoji in a title', () => {
  const sample = '📚 책 읽기 🔥✨ 👩‍💻 개발자 👍🏽 1️⃣ 🇰🇷 © ® ™';

  it('are left out (the card font has none), and everything kept is drawn by the font', async () => {
    const kept = cardText(sample);
    expect(kept).toBe('책 읽기 개발자 1 © ® ™');
    for (const font of loaded.fonts) expect(await missingGlyphs(kept.replace(/\s/g, ''), [font])).toEqual([]);
    // Without the rule these are drawn as boxes: the test above would see them.
    expect(await missingGlyphs('📚🔥', [loaded.fonts[0]!])).not.toEqual([]);
  });

  it('leave the title as text on the card, and a title of emoji alone gives its place to the reviewed work', async () => {
    expect(
      (await layout({ title: '📚 책 읽기 🔥', kicker: '책 리뷰', subject: '🌊 바다', blogName: '블로그' })).title,
    ).toEqual(['책 읽기']);
    const onlyEmoji = await layout({ title: '📚🔥✨', kicker: '책 리뷰', subject: '바다의 문장', blogName: '블로그' });
    expect(onlyEmoji.title).toEqual(['바다의 문장']);
  });
});
