/**
 * The one place to configure the blog. Every field is validated when the site builds: a wrong value
 * stops the build with the field name and what was expected. `lang`, `locale` and `timeZone` drive the
 * whole interface: the string table (src/i18n/), `<html lang>`, dates, sorting, the search index,
 * comments and `npm run new`.
 */
import { z } from 'astro/zod';

const navItem = z.object({
  /** Label shown in the header. */
  label: z.string().min(1),
  /** Site-relative path, starting and ending with a slash. */
  href: z.string().regex(/^\/([^\s]*\/)?$/, 'a site path such as "/tags/"'),
});

/** giscus (GitHub Discussions) comments: off unless every id from https://giscus.app is filled in. */
const comments = z.discriminatedUnion('enabled', [
  z.object({ enabled: z.literal(false) }).strict(),
  z
    .object({
      enabled: z.literal(true),
      provider: z.literal('giscus'),
      /** "owner/repo" of a public repository with Discussions on. */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, '"owner/repo"'),
      repoId: z.string().min(1),
      category: z.string().min(1),
      categoryId: z.string().min(1),
      /** How a page finds its discussion. */
      mapping: z.enum(['pathname', 'url', 'title', 'og:title']).default('pathname'),
    })
    .strict(),
]);

const siteConfigSchema = z
  .object({
    /** Blog name, shown in the header, titles, feeds and the footer. */
    title: z.string().min(1),
    /** One-line introduction under the blog name on the home page; also the default meta description. */
    description: z.string().min(1).max(200),
    /**
     * The public address, such as 'https://blog.example.com': canonical links, feeds, the sitemap and
     * social cards use it. Leave it out on Netlify or Vercel, which announce the address during their
     * build; SITE_URL in the environment overrides it (src/urls.ts: siteAddress). Only a domain's root:
     * the site's links all start at "/".
     */
    // Checked by siteAddress, which names where the address came from whatever the source.
    url: z.string().optional(),
    /** Author shown on posts and in feeds. */
    author: z.object({ name: z.string().min(1) }).strict(),
    /**
     * BCP 47 language of the site: the interface strings (src/i18n/<lang>.ts), the `lang` attribute, the
     * feeds' language, a post's default `lang` and the search index's language.
     */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as "ko"'),
    /** Locale for dates, numbers and the order of names (tags, series). */
    locale: z.string().min(2),
    /** IANA time zone used for dates and for deciding when a scheduled post goes live. */
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as "Asia/Seoul"'),
    /**
     * Footer line, exactly as the author wants it. Leave it out for "© <first>–<last year of the posts>
     * <author>. <the notice in the site's language>", whose years follow the posts.
     */
    copyright: z.string().min(1).optional(),
    /** Posts per page on paginated listings (all posts, tags). */
    postsPerPage: z.number().int().min(1).max(100),
    /** Posts per archive page (one compact line each, under year headings). */
    archivePerPage: z.number().int().min(1).max(1000),
    /** Posts per feed page (RSS, JSON Feed); older posts are on the next pages. */
    feedPageSize: z.number().int().min(1).max(200),
    /** Works per bookshelf page (/shelf/, and per kind and rating). */
    shelfPerPage: z.number().int().min(1).max(200).default(48),
    /** How many of the latest reviews the home page shows. */
    latestOnHome: z.number().int().min(1).max(50),
    /** Header navigation. */
    nav: z.array(navItem).min(1),
    /** Full-text search (Pagefind): the header link, the /search/ page's index. */
    search: z.object({ enabled: z.boolean() }).strict(),
    /** Comments under posts; `{ enabled: false }` sends nothing to any third party. */
    comments,
    /**
     * Sites whose images posts may show as they are (<Figure src="https://…">, ![](https://…)), as
     * origins such as 'https://images.example.com'. Empty: a reader's page asks no other site for
     * anything, and a remote image fails the build saying what to do (src/images/remote.ts). Listed
     * origins are allowed by the Content Security Policy.
     */
    remoteImages: z
      .array(
        z
          .url({ protocol: /^https$/, error: 'an https:// origin such as "https://images.example.com"' })
          .transform((url) => new URL(url).origin),
      )
      .default([]),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Identity with validation, so the editor completes fields and a typo fails loudly. */
export function defineSiteConfig(config: z.input<typeof siteConfigSchema>): SiteConfig {
  const result = siteConfigSchema.safeParse(config);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`src/site.config.ts의 설정을 고쳐 주세요:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const siteConfig = defineSiteConfig({
  title: '김민제의 블로그',
  description: '읽은 책과 매거진을 천천히 다시 읽으며 남기는 리뷰',
  // url: 'https://blog.example.com', // the public address; Netlify and Vercel set it themselves
  author: { name: '김민제' },
  lang: 'ko',
  locale: 'ko-KR',
  timeZone: 'Asia/Seoul',
  postsPerPage: 10,
  archivePerPage: 100,
  feedPageSize: 20,
  latestOnHome: 6,
  nav: [
    { label: '모든 글', href: '/posts/' },
    { label: '서재', href: '/shelf/' },
    { label: '태그', href: '/tags/' },
    { label: '아카이브', href: '/archive/' },
    { label: '소개', href: '/about/' },
  ],
  search: { enabled: true },
  // To turn comments on, fill in the values giscus.app gives for your repository:
  // comments: { enabled: true, provider: 'giscus', repo: 'owner/repo', repoId: '…', category: 'Comments', categoryId: '…' },
  comments: { enabled: false },
});
