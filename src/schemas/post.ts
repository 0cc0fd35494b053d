/**
 * The frontmatter of a review post. Every message says what was expected, in words the author can act
 * on; Astro adds the file path and the field name in front of it.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { creatorSlug } from '../lib/creator-slug';
import { withoutInvisible, showsSomething } from '../lib/invisible';
import { isValidIsbn, normalizeIsbn } from '../lib/isbn';
import { nameSlug } from '../lib/slug';
import { dateOnlyToZonedMidnight, isoDay, parseDateText, type DateTextProblem } from '../lib/dates';
import { siteConfig } from '../site.config';

/** The highest place in a series: four digits, so a date written there (20241103) is refused. */
export const SERIES_ORDER_MAX = 9999;

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 200;

/** What a review can be about. The Korean labels live in src/i18n. */
export const SUBJECT_KINDS = ['book', 'magazine', 'paper', 'film', 'other'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * Text as a reader sees it: NFC (Hangul typed on macOS arrives decomposed, three code points a
 * syllable, and would count three times against `max`), without the characters that show nothing
 * (src/lib/invisible.ts), trimmed. Text that shows nothing is empty.
 */
const visibleText = (error: string, empty: string) =>
  z
    .string({ error })
    .normalize('NFC')
    .overwrite(withoutInvisible)
    .trim()
    // abort: an empty text needs one message, not a second one about its length or its URL as well.
    .refine(showsSomething, { error: empty, abort: true });

const requiredText = (what: string, max: number) =>
  visibleText(
    `${what}이(가) 필요합니다. 따옴표로 감싼 글자로 적어 주세요.`,
    `${what}이(가) 비어 있습니다. 한 글자 이상 적어 주세요.`,
  ).max(max, `${what}은(는) ${max}자 이하로 줄여 주세요.`);

/** What is wrong with a date text, before the reminder of the forms that work. */
function dateProblem(problem: DateTextProblem): string {
  switch (problem.kind) {
    case 'format':
      return '';
    case 'month':
      return `${problem.month}월은 없습니다. `;
    case 'day':
      return `${problem.year}년 ${problem.month}월에는 ${problem.day}일이 없습니다 (${problem.lastDay}일까지). `;
    case 'time':
      return `${problem.time}은(는) 없는 시각입니다 (00:00부터 23:59까지). `;
    case 'offset':
      return `시간대 ${problem.offset}은(는) 없습니다 (-12:00부터 +14:00까지). `;
  }
}

/**
 * A date as written in the file (the loader hands the text over, src/loader/frontmatter.ts), read by
 * parseDateText in the site's time zone: a day, an instant with an offset, or a wall time there; never
 * the build machine's zone. Only strings and Dates: coercing anything else would turn an empty
 * `pubDate:` (null) or `pubDate: 2024` into a day in 1970 without a word. A Date comes only from
 * callers that parsed YAML themselves (tests), and is read as YAML 1.1 means it.
 */
const date = (what: string) => {
  const forms =
    `${what}은(는) 2024-11-03 또는 2024-11-03T09:00:00+09:00 형식의 날짜여야 합니다 ` +
    `(시각만 적은 2024-11-03 21:30은 ${siteConfig.timeZone} 시각입니다).`;
  const required = `${what}이(가) 필요합니다. ${forms}`;
  return z
    .union([z.date(), z.string().trim()], { error: (issue) => (issue.input === undefined ? required : forms) })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (!Number.isNaN(value.getTime())) return dateOnlyToZonedMidnight(value, siteConfig.timeZone);
        ctx.addIssue({ code: 'custom', message: forms });
        return z.NEVER;
      }
      const parsed = parseDateText(value, siteConfig.timeZone);
      if ('problem' in parsed) {
        ctx.addIssue({ code: 'custom', message: `${dateProblem(parsed.problem)}${forms}` });
        return z.NEVER;
      }
      return parsed.date;
    });
};

/** An unknown key is most often a typo: say which key, and where the allowed ones are listed. */
const objectError = (what: string) => (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `알 수 없는 항목 ${issue.keys?.map((k) => `"${k}"`).join(', ')}이(가) 있습니다. 철자를 확인해 주세요 (쓸 수 있는 항목은 docs/writing.ko.md의 frontmatter 표에 있습니다).`
    : what;

/** The work under review: shown in the subject card and used for listings per kind. */
export const subjectSchema = z
  .object(
    {
      /** What kind of work: book, magazine, paper, film or other. */
      kind: z.enum(SUBJECT_KINDS, {
        error: `subject.kind은(는) ${SUBJECT_KINDS.join(', ')} 중 하나여야 합니다.`,
      }),
      /** Title of the reviewed work (for a magazine, the magazine's name). */
      title: requiredText('subject.title (리뷰한 작품의 제목)', 200),
      /** Authors, editors or directors, in display order. */
      creators: z
        .array(
          requiredText('subject.creators의 이름', 100).refine(
            (name) => creatorSlug(name).length > 0,
            '만든 이의 이름에는 글자나 숫자가 하나 이상 있어야 합니다 (만든 이 페이지의 주소로 쓸 수 있도록). 모르면 이 이름을 빼 주세요.',
          ),
          { error: 'subject.creators는 이름 목록이어야 합니다. 예: ["한강"]' },
        )
        // One person twice (한강 / 한 강, Han Kang / han kang share a creator page) would be listed twice.
        .superRefine((names, ctx) => {
          const seen = new Map<string, string>();
          for (const name of names) {
            const first = seen.get(creatorSlug(name));
            if (first === undefined) seen.set(creatorSlug(name), name);
            else {
              ctx.addIssue({
                code: 'custom',
                message: `subject.creators에 같은 사람이 두 번 있습니다: "${first}"와(과) "${name}". 한 번만 적어 주세요.`,
              });
            }
          }
        })
        // `creators: []` is no creators: every surface then leaves the line out, as for a missing list.
        .transform((names) => (names.length > 0 ? names : undefined))
        .optional(),
      /** Publisher or studio. */
      publisher: requiredText('subject.publisher', 100).optional(),
      /** The issue of a magazine, e.g. "2024년 11/12월호". */
      issue: requiredText('subject.issue', 100).optional(),
      /** Year of publication or release. */
      year: z
        .number({ error: 'subject.year는 따옴표 없는 연도 숫자여야 합니다. 예: 2024' })
        .int('subject.year는 정수 연도여야 합니다.')
        .min(1000, 'subject.year는 네 자리 연도여야 합니다.')
        .max(2100, 'subject.year는 네 자리 연도여야 합니다.')
        .optional(),
      /** ISBN-10 or ISBN-13, hyphens allowed; the check digit is verified. */
      isbn: z
        .string({ error: 'subject.isbn은 따옴표로 감싼 ISBN이어야 합니다. 예: "978-89-364-3412-0"' })
        .refine(isValidIsbn, 'subject.isbn의 검증 숫자가 맞지 않습니다. ISBN-10 또는 ISBN-13을 다시 확인해 주세요.')
        .transform(normalizeIsbn)
        .optional(),
      /** Where the work can be found (publisher page, DOI, ...). */
      url: z.url({ protocol: /^https?$/, error: 'subject.url은 https://로 시작하는 주소여야 합니다.' }).optional(),
    },
    { error: objectError('subject는 kind와 title을 가진 항목이어야 합니다.') },
  )
  .strict();

const tagList = z
  .array(
    visibleText('tags의 각 항목은 글자여야 합니다.', 'tags에 빈 태그가 있습니다. 지우거나 이름을 적어 주세요.')
      .max(40, '태그는 40자 이하로 적어 주세요.')
      .refine((t) => nameSlug(t).length > 0, '태그에는 글자나 숫자가 하나 이상 있어야 합니다 (주소로 쓸 수 있도록).'),
    { error: 'tags는 목록이어야 합니다. 예: ["AI", "에너지"]' },
  )
  .max(12, '태그는 12개 이하로 골라 주세요.')
  // Dedupe by slug: "AI" and "ai " would otherwise be two links to one page. The first spelling wins.
  .transform((tags) => {
    const bySlug = new Map<string, string>();
    for (const t of tags) if (!bySlug.has(nameSlug(t))) bySlug.set(nameSlug(t), t);
    return [...bySlug.values()];
  });

/**
 * The fields that do not depend on the post's file, made once. Astro calls `postSchema` once per post
 * (its `image()` resolves the cover against that post's folder): building all of these per post, and
 * zod's first parse of each fresh schema, took about 0.5 s per 1,000 posts (measured alone,
 * docs/benchmarks.md).
 */
const fieldsBeforeCover = {
  /** Post title: the page's h1 and the feed title. */
  title: requiredText('title (제목)', TITLE_MAX),
  /** The summary for listings, meta tags and feeds. */
  description: requiredText('description (요약)', DESCRIPTION_MAX),
  /**
   * Publication date. A date without a time means that day in the site's time zone. A date in the
   * future schedules the post: it is left out of production builds until then.
   */
  pubDate: date('pubDate'),
  /** Last substantial update; not before pubDate. */
  updatedDate: date('updatedDate').optional(),
  /** A draft shows in `npm run dev` with a badge and never reaches a production build. */
  draft: z.boolean({ error: 'draft는 true 또는 false여야 합니다 (따옴표 없이).' }).default(false),
  /** Topics; trimmed and deduplicated. Each gets a page at /tags/<slug>/. */
  tags: tagList.default([]),
};

/** The fields after `cover`, which keep their place so entries keep the order of the keys. */
const fieldsAfterCover = {
  /** Language of the post body, if not the site's (`lang` in the site config). */
  lang: z
    .string({ error: 'lang은 "ko" 같은 언어 코드여야 합니다.' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'lang은 "ko", "en" 같은 언어 코드여야 합니다.')
    .default(siteConfig.lang),
  /** What is reviewed. */
  subject: subjectSchema,
  /** Rating from 0 to 5 in steps of 0.5. */
  rating: z
    .number({ error: 'rating은 0에서 5 사이의 숫자여야 합니다 (따옴표 없이).' })
    .min(0, 'rating은 0 이상이어야 합니다.')
    .max(5, 'rating은 5 이하여야 합니다.')
    .refine((r) => Number.isInteger(r * 2), 'rating은 0.5 단위여야 합니다. 예: 3.5')
    .optional(),
  /** Part of a series: its name and this post's place in it (1, 2, ...). */
  series: z
    .object(
      {
        name: requiredText('series.name', 100).refine(
          (name) => nameSlug(name).length > 0,
          'series.name에는 글자나 숫자가 하나 이상 있어야 합니다 (시리즈 주소로 쓸 수 있도록).',
        ),
        order: z
          .number({ error: 'series.order는 1 이상의 정수여야 합니다.' })
          .int('series.order는 정수여야 합니다.')
          .min(1, 'series.order는 1 이상이어야 합니다.')
          // A date typed as the place (20241103) would number the series past twenty million.
          .max(SERIES_ORDER_MAX, `series.order는 ${SERIES_ORDER_MAX} 이하여야 합니다 (몇 번째 편인지를 적습니다).`),
      },
      { error: objectError('series는 name과 order를 가진 항목이어야 합니다.') },
    )
    .strict()
    .optional(),
  /** Pinned to the top of the home page. */
  featured: z.boolean({ error: 'featured는 true 또는 false여야 합니다 (따옴표 없이).' }).default(false),
};

const coverAlt = requiredText('cover.alt (표지 이미지 설명)', 200);
const frontmatterError = objectError('frontmatter는 title, description, pubDate, subject 등을 가진 항목이어야 합니다.');
const coverError = objectError('cover는 src(이미지 경로)와 alt(이미지 설명)를 가진 항목이어야 합니다.');

export function postSchema({ image }: SchemaContext) {
  return z
    .object(
      {
        ...fieldsBeforeCover,
        /** Cover image, next to the post file, with alt text for screen readers. */
        cover: z.object({ src: image(), alt: coverAlt }, { error: coverError }).strict().optional(),
        ...fieldsAfterCover,
      },
      { error: frontmatterError },
    )
    .strict()
    .superRefine((post, ctx) => {
      // By calendar day: `updatedDate: 2024-11-03` (00:00) on a post published 2024-11-03 21:30 is that
      // day (the query layer then reads it as the publication time: settledUpdate).
      if (
        post.updatedDate &&
        isoDay(post.updatedDate, siteConfig.timeZone) < isoDay(post.pubDate, siteConfig.timeZone)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'updatedDate가 pubDate보다 앞섭니다. 수정일은 발행일과 같거나 뒤여야 합니다.',
        });
      }
      // A published post edited in the future would tell readers (and the sitemap) a date that has not
      // come: most often a mistyped year. A scheduled post may carry one; it is not shown until then.
      // By day too: an edit at 23:00 today, written before the build at 05:00, is today's.
      const now = new Date();
      const today = isoDay(now, siteConfig.timeZone);
      if (post.updatedDate && isoDay(post.updatedDate, siteConfig.timeZone) > today && post.pubDate <= now) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message:
            'updatedDate가 아직 오지 않은 날입니다. 수정일은 오늘이거나 그 전이어야 합니다 (연도를 확인해 주세요).',
        });
      }
    });
}

export type PostFrontmatter = z.output<ReturnType<typeof postSchema>>;
/** The reviewed work, as the schema leaves it (ISBN normalised). */
export type Subject = z.output<typeof subjectSchema>;
