/**
 * What an Open Graph card shows, and the layout tree the renderer (takumi, render.ts) draws it from: a
 * React-element-shaped tree with CSS in `style`. Pure: no fonts, no I/O, so the design can be tested and
 * hashed without rendering.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the layout below or the PNG encoding (render.ts) changes, so every cached card is drawn again. */
export const OG_TEMPLATE_VERSION = 5;

/** The font family name the layout asks for; the renderer registers the font files under it. */
export const OG_FONT_FAMILY = 'Pretendard';

/** The site's light palette (src/styles/global.css). */
const colors = {
  paper: '#fbfaf7',
  ink: '#22211f',
  muted: '#64615a',
  border: '#e3dfd6',
  accent: '#1f6a5f',
} as const;

export interface CardContent {
  /** The headline: the post title, or the blog's description on the site card. */
  title: string;
  /** Small accent line above the headline, e.g. "책 리뷰". */
  kicker?: string | undefined;
  /** The reviewed work, next to the kicker. */
  subject?: string | undefined;
  /** Blog name, at the foot of the card. */
  blogName: string;
}

/** The element shape the renderer takes without JSX (React-element-like objects). */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: OgChild | OgChild[] };
}
type OgChild = OgNode | string;

const el = (type: string, style: Record<string, string | number>, children?: OgChild | OgChild[]): OgNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/**
 * Headline size by length: short titles get a poster-like size, long ones step down so that most fit
 * in three lines; anything longer is clamped with an ellipsis. Sizes are for Hangul (about one em per
 * syllable) over the 1,024 px text width.
 */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 16) return 76;
  if (length <= 30) return 66;
  if (length <= 48) return 58;
  return 52;
}

/**
 * Emoji, with what joins and varies them (skin tones, ZWJ sequences, keycaps, flags). The card font
 * has none: takumi draws each as a box. Only characters shown as emoji by default, or asked for as
 * emoji with U+FE0F, so ©, ® and ™, which Pretendard has, stay.
 */
const EMOJI =
  /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*|\p{Regional_Indicator}|[\uFE0F\u20E3]/gu;

/** Collapse whitespace and line breaks (the card wraps text itself), and leave out emoji. */
export const cardText = (text: string): string => text.normalize('NFC').replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();
const clean = cardText;

export function cardTree(content: CardContent): OgNode {
  const kicker = content.kicker ? clean(content.kicker) : '';
  const subject = content.subject ? clean(content.subject) : '';
  // A title of emoji only leaves nothing to draw: the reviewed work, or the blog's name, stands in.
  const title = clean(content.title) || subject || clean(content.blogName);
  const fontSize = titleFontSize(title);

  const eyebrow: OgChild[] = [];
  if (kicker) eyebrow.push(el('div', { color: colors.accent, fontWeight: 700, flexShrink: 0 }, kicker));
  if (kicker && subject) eyebrow.push(el('div', { color: colors.border, margin: '0 18px', flexShrink: 0 }, '|'));
  // One line, cut between words with an ellipsis (line-clamp, which also cuts a name without spaces).
  if (subject) eyebrow.push(el('div', { color: colors.muted, flexShrink: 1, minWidth: 0, lineClamp: 1 }, subject));

  return el(
    'div',
    {
      boxSizing: 'border-box',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colors.paper,
      color: colors.ink,
      fontFamily: OG_FONT_FAMILY,
      wordBreak: 'keep-all',
      overflowWrap: 'anywhere',
      padding: '78px 88px 56px',
      position: 'relative',
    },
    [
      // Plain rectangles for the accent rule and the footer line (kept from the SVG renderer, where CSS
      // borders cost clip paths over the whole card).
      el('div', { position: 'absolute', top: 0, left: 0, width: OG_WIDTH, height: 14, backgroundColor: colors.accent }),
      el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 500, height: 44 }, eyebrow),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingBottom: 8 }, [
        el(
          'div',
          {
            fontSize,
            fontWeight: 700,
            lineHeight: 1.32,
            letterSpacing: '-0.02em',
            color: colors.ink,
            lineClamp: 3,
            // Not 'balance': with keep-all it broke before punctuation ("리뷰 / : AI는", satori issue #595).
            textWrap: 'pretty',
          },
          title,
        ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          paddingTop: 30,
          fontSize: 30,
          position: 'relative',
        },
        [
          el('div', { position: 'absolute', top: 0, left: 0, right: 0, height: 2, backgroundColor: colors.border }),
          el('div', { fontWeight: 700, color: colors.ink }, clean(content.blogName)),
          el('div', { width: 44, height: 10, borderRadius: 5, backgroundColor: colors.accent }),
        ],
      ),
    ],
  );
}
