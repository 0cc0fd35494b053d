/**
 * schema.org JSON-LD for posts, the home page and listings. Plain objects here; StructuredData.astro
 * serialises them safely into the page.
 */

import type { Subject } from '../schemas/post';

type Thing = Record<string, unknown>;

/** "42", "제42호", "No. 42", "Vol. 3 No. 2", "2025년 2월호", "2025.02": not "AI와 에너지" or "2025년 봄호". */
const ISSUE_NUMBER =
  /^(?:(?:제|no\.?|vol\.?)\s*)?\d+\s*호?(?:[\s,.]+(?:(?:제|no\.?|vol\.?)\s*)?\d+\s*호?)*$|^\d{4}\s*년\s*\d{1,2}\s*월\s*호?$/i;

const people = (names: string[] | undefined) => names?.map((name) => ({ '@type': 'Person', name }));

/** The reviewed work, typed by kind: Book, PublicationIssue of a Periodical, ScholarlyArticle, Movie. */
export function itemReviewed(subject: Subject, issueName: (issue: string) => string): Thing {
  const common: Thing = {
    name: subject.title,
    ...(subject.url ? { url: subject.url } : {}),
    ...(subject.year ? { datePublished: String(subject.year) } : {}),
    ...(subject.publisher ? { publisher: { '@type': 'Organization', name: subject.publisher } } : {}),
  };
  // schema.org has `isbn` on Book only; a magazine issue (a mook, a special issue) or anything else
  // the author gave an ISBN says it as an identifier, which every CreativeWork may carry.
  const isbnIdentifier = subject.isbn
    ? { identifier: { '@type': 'PropertyValue', propertyID: 'ISBN', value: subject.isbn } }
    : {};
  switch (subject.kind) {
    case 'book':
      return {
        '@type': 'Book',
        ...common,
        author: people(subject.creators),
        ...(subject.isbn ? { isbn: subject.isbn } : {}),
      };
    case 'magazine':
      // The issue is named as every card names it ("MIT Technology Review AI와 에너지 호"), the magazine is
      // what it is part of; only a number or a month is an issueNumber, not a theme or a season.
      return {
        '@type': 'PublicationIssue',
        ...common,
        ...(subject.issue ? { name: `${subject.title} ${issueName(subject.issue)}` } : {}),
        ...(subject.issue && ISSUE_NUMBER.test(subject.issue) ? { issueNumber: subject.issue } : {}),
        // An ISBN names this one issue, not the magazine: it goes on the issue.
        ...isbnIdentifier,
        isPartOf: { '@type': 'Periodical', name: subject.title },
        ...(subject.creators ? { editor: people(subject.creators) } : {}),
      };
    case 'paper':
      return { '@type': 'ScholarlyArticle', ...common, ...isbnIdentifier, author: people(subject.creators) };
    case 'film':
      return { '@type': 'Movie', ...common, ...isbnIdentifier, director: people(subject.creators) };
    case 'other':
      return { '@type': 'CreativeWork', ...common, ...isbnIdentifier, author: people(subject.creators) };
  }
}

export interface PostInput {
  url: string;
  title: string;
  description: string;
  published: Date;
  modified: Date;
  tags: string[];
  lang: string;
  author: string;
  siteName: string;
  siteUrl: string;
  subject: Subject;
  /** How the site names a magazine's issue ("AI와 에너지 호"): ui.issueName. */
  issueName: (issue: string) => string;
  rating?: number | undefined;
  image?: string | undefined;
}

/**
 * A post is both a BlogPosting (the article) and a Review (of its subject), linked by @id: the article's
 * main entity is the review, and both are about the reviewed work.
 */
export function postGraph(post: PostInput): Thing {
  const author = { '@type': 'Person', name: post.author, url: post.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'BlogPosting',
        '@id': `${post.url}#article`,
        headline: post.title,
        description: post.description,
        url: post.url,
        mainEntityOfPage: post.url,
        datePublished: post.published.toISOString(),
        dateModified: post.modified.toISOString(),
        inLanguage: post.lang,
        ...(post.tags.length > 0 ? { keywords: post.tags.join(', ') } : {}),
        author,
        publisher: { '@type': 'Person', name: post.author, url: post.siteUrl },
        isPartOf: { '@type': 'Blog', name: post.siteName, url: post.siteUrl },
        ...(post.image ? { image: post.image } : {}),
        mainEntity: { '@id': `${post.url}#review` },
        about: { '@id': `${post.url}#work` },
      },
      {
        '@type': 'Review',
        '@id': `${post.url}#review`,
        name: post.title,
        url: post.url,
        author,
        datePublished: post.published.toISOString(),
        inLanguage: post.lang,
        itemReviewed: { '@id': `${post.url}#work`, ...itemReviewed(post.subject, post.issueName) },
        ...(post.rating !== undefined
          ? { reviewRating: { '@type': 'Rating', ratingValue: post.rating, bestRating: 5, worstRating: 0 } }
          : {}),
      },
    ],
  };
}

export function websiteGraph(site: {
  name: string;
  url: string;
  description: string;
  lang: string;
  author: string;
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    author: { '@type': 'Person', name: site.author },
  };
}

/** Breadcrumbs from the home page down to the current page; `url` of the last crumb is the page. */
export function breadcrumbGraph(crumbs: { name: string; url: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<" is escaped so no title can close the script
 * element ("</script>") or open a comment; U+2028/2029 are escaped for old JSON-in-JS parsers.
 */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
