/**
 * Open Graph cards, drawn for real: PNG format and size, and Hangul drawn as letters. Satori draws only
 * glyphs of the fonts it is given; a missing Korean font shows every syllable as the same empty box.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import satori, { type Font } from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { OG_FONT_FAMILY, OG_HEIGHT, OG_WIDTH, cardTree, titleFontSize, type CardContent } from '../../src/og/card.ts';
import { loadFonts, renderCardPng, renderSvg, type LoadedFonts } from '../../src/og/render.ts';

let loaded: LoadedFonts;
beforeAll(async () => {
  loaded = await loadFonts();
});

const HANGUL_TITLE = '김민제의블로그읽기한글';
/** An unassigned code point: no font has it, so satori draws the font's .notdef box. */
const NO_GLYPH = '\u0378';

/** The outline satori draws for one character, as SVG path data. */
async function outline(char: string, fonts: Font[]): Promise<string> {
  const tree = {
    type: 'div',
    props: { style: { display: 'flex', fontSize: 64, fontFamily: OG_FONT_FAMILY }, children: char },
  };
  const svg = await satori(tree, { width: 120, height: 100, fonts });
  return [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => m[1]).join(' ');
}

/** Characters of `text` that come out blank, as the .notdef box, or identical to another (all boxes). */
async function missingGlyphs(text: string, fonts: Font[]): Promise<string[]> {
  const notdef = await outline(NO_GLYPH, fonts);
  const seen = new Map<string, string>();
  const bad: string[] = [];
  for (const char of new Set(text)) {
    const d = await outline(char, fonts);
    if (!d || d === notdef || seen.has(d)) bad.push(char);
    seen.set(d, char);
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

  // The check above must be able to fail: with a Latin-only font, Hangul is all boxes.
  const latinOnly = 'node_modules/harfbuzzjs/test/fonts/noto/NotoSans-Regular.otf';
  it.skipIf(!existsSync(latinOnly))('catch a font without Hangul', async () => {
    const font: Font = { name: OG_FONT_FAMILY, data: await readFile(latinOnly), weight: 400, style: 'normal' };
    expect(await missingGlyphs(HANGUL_TITLE, [font])).toEqual([...new Set(HANGUL_TITLE)]);
    expect(await missingGlyphs('Latin', [font])).toEqual([]);
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

/** Lines of text of one font size as laid out on the card (satori's text elements, grouped by baseline). */
async function linesOfSize(content: CardContent, fontSize: number): Promise<string[]> {
  const svg = await satori(cardTree(content), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loaded.fonts,
    embedFont: false,
  });
  const lines = new Map<string, string>();
  for (const m of svg.matchAll(/<text[^>]*\sy="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)) {
    const [, y = '', size, text = ''] = m;
    if (Number(size) === fontSize) lines.set(y, (lines.get(y) ?? '') + text);
  }
  return [...lines.values()].map((line) => line.trim());
}

const titleLines = (title: string) => linesOfSize({ title, blogName: '블로그' }, titleFontSize(title));

describe('title wrapping', () => {
  it('breaks Korean between words, never before punctuation', async () => {
    const title = 'MIT Technology Review 리뷰: AI는 전력이고, 전력이 곧 AI다';
    const lines = await titleLines(title);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(line).not.toMatch(/^[:;,.!?)]/u);
  });

  it('clamps a very long title to three lines ending in an ellipsis', async () => {
    const lines = await titleLines(
      '주의력만 있으면 된다고 말한 논문이 팔 년 뒤 세상을 어떻게 바꾸었는지에 대한 '.repeat(3),
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/u);
  });
});

describe('the line above the title', () => {
  const longSubject = '아주 긴 잡지 이름과 호수: 인공지능과 전력, 그리고 데이터센터의 미래를 다룬 특집호 전체';
  const card = { title: '전력', kicker: '잡지 리뷰', subject: longSubject, blogName: '블로그' };
  /** The line above the title, and the part of it after the kind: the reviewed work as shown. */
  async function eyebrow(subject: string) {
    const [line = '', ...more] = await linesOfSize({ ...card, subject }, 30);
    expect(more).toEqual(['블로그']);
    return { line, shown: line.replace(/^.*\|\s*/u, '') };
  }

  it('shows the kind and the reviewed work, a long name cut between words on one line', async () => {
    const { line, shown } = await eyebrow(longSubject);
    expect(line).toMatch(/^잡지 리뷰\s*\|\s*아주 긴 잡지 이름과/u);
    expect(shown).toMatch(/…$/u);
    // A whole-word prefix of the name: what follows it in the name is a space.
    const prefix = shown.slice(0, -1);
    expect(longSubject.startsWith(prefix)).toBe(true);
    expect(longSubject[prefix.length]).toBe(' ');
  });

  it('cuts a name with no spaces at all inside the word rather than letting it run off the card', async () => {
    const unbroken = '띄어쓰기없이아주길게이어지는잡지이름과호수인공지능과전력그리고데이터센터의미래를다룬특집호전체';
    const { shown } = await eyebrow(unbroken);
    expect(shown).toMatch(/…$/u);
    expect(unbroken.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown.length).toBeGreaterThan(20);
  });

  // Satori draws overflow: hidden as an SVG mask, which librsvg composites over the whole card: it made
  // every card with a subject three times slower to rasterise.
  it('is drawn without an SVG mask', async () => {
    expect(await renderSvg(cardTree(card), loaded.fonts)).not.toMatch(/\smask="/);
  });
});
