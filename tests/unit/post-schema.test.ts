import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DESCRIPTION_MAX, postSchema, SUBJECT_KINDS, TITLE_MAX } from '../../src/schemas/post';
import { parseYaml, readFirstPost } from '../support/first-post';

/**
 * The real `image()` resolves the cover path against the entry's file and returns image metadata; it only
 * exists inside Astro's content layer. Outside it we accept the path as written, which is exactly the
 * stand-in Astro itself passes when it generates the collection's JSON schema
 * (astro/dist/content/types-generator.js: `schema({ image: () => z.string() })`). The cast is needed
 * because `SchemaContext['image']` is typed as returning the metadata object, not a string.
 */
const schema = postSchema({ image: () => z.string() } as never);

/** The smallest frontmatter the schema accepts; each test changes one thing. */
const valid = {
  title: '소년이 온다 리뷰',
  description: '오월 광주를 여섯 개의 목소리로 다시 읽었습니다.',
  pubDate: new Date('2024-11-03T00:00:00Z'),
  subject: { kind: 'book', title: '소년이 온다' },
};

function parseOk(input: unknown) {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`expected valid, got ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

/** The message of the one issue at `path`: the author reads this next to the field name. */
function messageAt(input: unknown, path: (string | number)[]): string {
  const result = schema.safeParse(input);
  expect(result.success, 'should be rejected').toBe(false);
  const issues = result.error?.issues ?? [];
  const atPath = issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(atPath, `issues were ${JSON.stringify(issues)}`).toHaveLength(1);
  return atPath[0]?.message ?? '';
}

describe('postSchema: the real first post', () => {
  // Compared with its own frontmatter, not with copied strings: the post is edited, the rules stay.
  it('accepts its frontmatter, keeps what the author wrote and fills in the defaults', () => {
    const { frontmatter } = readFirstPost();
    // YAML reads the unquoted day as a Date, as in Astro; the schema has to accept that form.
    expect(frontmatter.pubDate).toBeInstanceOf(Date);
    const data = parseOk(frontmatter);
    expect(data.title).toBe(String(frontmatter.title).trim());
    expect(data.subject).toEqual(frontmatter.subject);
    expect(data.subject.kind).toBe('magazine');
    expect(data.tags).toEqual(frontmatter.tags);
    expect(data.draft).toBe(false);
    expect(data.lang).toBe('ko');
    // The day written is that day from 00:00 in Seoul.
    const writtenDay = (frontmatter.pubDate as Date).toISOString().slice(0, 10);
    expect(data.pubDate.toISOString()).toBe(new Date(`${writtenDay}T00:00:00+09:00`).toISOString());
  });
});

describe('postSchema: title and description', () => {
  it('requires a title', () => {
    const { title: _, ...noTitle } = valid;
    const message = messageAt(noTitle, ['title']);
    expect(message).toContain('title (제목)');
    expect(message).toContain('필요합니다');
  });

  it('rejects a title of only spaces', () => {
    expect(messageAt({ ...valid, title: '   ' }, ['title'])).toContain('비어 있습니다');
  });

  it(`allows ${TITLE_MAX} characters of title and not one more`, () => {
    expect(parseOk({ ...valid, title: '가'.repeat(TITLE_MAX) }).title).toHaveLength(TITLE_MAX);
    expect(messageAt({ ...valid, title: '가'.repeat(TITLE_MAX + 1) }, ['title'])).toContain(`${TITLE_MAX}자 이하`);
  });

  it('trims the title', () => {
    expect(parseOk({ ...valid, title: '  소년이 온다  ' }).title).toBe('소년이 온다');
  });

  it('rejects text that shows nothing: zero-width spaces, a BOM, Hangul fillers', () => {
    for (const blank of ['\u200B', '\u200B\u2060', '\uFEFF ', '\u3164', '\u115F\u1160', '\u00AD']) {
      expect(messageAt({ ...valid, title: blank }, ['title']), JSON.stringify(blank)).toContain('비어 있습니다');
      expect(messageAt({ ...valid, subject: { kind: 'book', title: blank } }, ['subject', 'title'])).toContain(
        '비어 있습니다',
      );
    }
  });

  it('drops the invisible characters a paste brings, and keeps emoji joined', () => {
    expect(parseOk({ ...valid, title: '\u200B소년이\u00AD 온다\u2060' }).title).toBe('소년이 온다');
    expect(parseOk({ ...valid, title: '개발자 👩‍💻의 책' }).title).toBe('개발자 👩‍💻의 책');
  });

  it('drops bidirectional controls, which reorder the text around them (a right-to-left override)', () => {
    const subject = {
      kind: 'book',
      title: '\u202E책\u202C',
      creators: ['\u202E작가', 'Anne Carson', '\u2067한강\u2069'],
    };
    const data = parseOk({ ...valid, title: '\u200F소년이 온다\u200E', subject });
    expect(data.title).toBe('소년이 온다');
    expect(data.subject.title).toBe('책');
    expect(data.subject.creators).toEqual(['작가', 'Anne Carson', '한강']);
    expect(messageAt({ ...valid, title: '\u202E\u202C' }, ['title'])).toContain('비어 있습니다');
  });

  it('counts Hangul typed on macOS (NFD) by syllables, and keeps it as NFC', () => {
    const title = '가'.repeat(TITLE_MAX);
    expect(parseOk({ ...valid, title: title.normalize('NFD') }).title).toBe(title);
    expect(parseOk({ ...valid, description: '소년이 온다'.normalize('NFD') }).description).toBe('소년이 온다');
  });

  it(`rejects a description over ${DESCRIPTION_MAX} characters`, () => {
    const message = messageAt({ ...valid, description: '나'.repeat(DESCRIPTION_MAX + 1) }, ['description']);
    expect(message).toContain('description (요약)');
    expect(message).toContain(`${DESCRIPTION_MAX}자 이하`);
  });
});

describe('postSchema: dates', () => {
  it('reads a date without a time as midnight in Seoul', () => {
    const data = parseOk({ ...valid, ...parseYaml('pubDate: 2024-11-03') });
    expect(data.pubDate.toISOString()).toBe('2024-11-02T15:00:00.000Z');
  });

  it('reads a quoted date without a time the same way', () => {
    expect(parseOk({ ...valid, pubDate: '2024-11-03' }).pubDate.toISOString()).toBe('2024-11-02T15:00:00.000Z');
  });

  it('keeps a date with an explicit time as written', () => {
    const data = parseOk({ ...valid, ...parseYaml('pubDate: 2024-11-03T20:30:00+09:00') });
    expect(data.pubDate.toISOString()).toBe('2024-11-03T11:30:00.000Z');
  });

  it('keeps a quoted time that falls on midnight UTC (09:00 in Seoul)', () => {
    // The example in the schema's own error message; it must not be moved back to 00:00 in Seoul.
    expect(parseOk({ ...valid, pubDate: '2024-11-03T09:00:00+09:00' }).pubDate.toISOString()).toBe(
      '2024-11-03T00:00:00.000Z',
    );
  });

  it('rejects a pubDate that is not a date, and shows the expected format', () => {
    const message = messageAt({ ...valid, pubDate: '다음 주 화요일' }, ['pubDate']);
    expect(message).toContain('pubDate');
    expect(message).toContain('2024-11-03');
    expect(message).toContain('형식의 날짜');
  });

  it('rejects an impossible day', () => {
    expect(messageAt({ ...valid, pubDate: '2024-13-45' }, ['pubDate'])).toContain('형식의 날짜');
  });

  it('rejects an empty pubDate instead of dating the post 1970', () => {
    // `pubDate:` with nothing after it is YAML null.
    expect(messageAt({ ...valid, ...parseYaml('pubDate:') }, ['pubDate'])).toContain('형식의 날짜');
    expect(messageAt({ ...valid, pubDate: 2024 }, ['pubDate'])).toContain('형식의 날짜');
  });

  it('requires a pubDate', () => {
    const { pubDate: _, ...noDate } = valid;
    expect(messageAt(noDate, ['pubDate'])).toContain('pubDate');
  });

  it('rejects an updatedDate before the pubDate', () => {
    const message = messageAt({ ...valid, updatedDate: new Date('2024-11-01T00:00:00Z') }, ['updatedDate']);
    expect(message).toContain('updatedDate가 pubDate보다 앞섭니다');
    expect(message).toContain('같거나 뒤');
  });

  it('rejects an updatedDate still to come on a published post, and allows it on a scheduled one', () => {
    const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    expect(messageAt({ ...valid, updatedDate: nextYear }, ['updatedDate'])).toContain('아직 오지 않은 날');
    const scheduled = { ...valid, pubDate: nextYear, updatedDate: new Date(nextYear.getTime() + 24 * 3600 * 1000) };
    expect(parseOk(scheduled).updatedDate).toBeInstanceOf(Date);
    expect(parseOk({ ...valid, updatedDate: new Date() }).updatedDate).toBeInstanceOf(Date);
    // Later today, in Seoul: still today (the message says "오늘이거나 그 전").
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
    expect(parseOk({ ...valid, updatedDate: `${day} 23:59` }).updatedDate).toBeInstanceOf(Date);
  });

  it('accepts a day-only updatedDate on the day of a pubDate with a time (00:00 is not before 21:30 there)', () => {
    const data = parseOk({ ...valid, pubDate: '2024-11-03 21:30', updatedDate: '2024-11-03' });
    expect(data.updatedDate?.toISOString()).toBe('2024-11-02T15:00:00.000Z');
    expect(messageAt({ ...valid, pubDate: '2024-11-03 21:30', updatedDate: '2024-11-02' }, ['updatedDate'])).toContain(
      'updatedDate가 pubDate보다 앞섭니다',
    );
  });

  it('accepts an updatedDate on the same day as the pubDate', () => {
    const data = parseOk({ ...valid, updatedDate: valid.pubDate });
    expect(data.updatedDate?.toISOString()).toBe('2024-11-02T15:00:00.000Z');
  });
});

describe('postSchema: unknown keys and wrong types', () => {
  it('names a misspelt top-level key', () => {
    const message = messageAt({ ...valid, titel: '오타' }, []);
    expect(message).toContain('"titel"');
    expect(message).toContain('철자를 확인');
  });

  it('names a misspelt key inside subject', () => {
    const message = messageAt({ ...valid, subject: { ...valid.subject, autor: '한강' } }, ['subject']);
    expect(message).toContain('"autor"');
    expect(message).toContain('철자를 확인');
  });

  it('rejects draft: "yes" and says to write true or false', () => {
    expect(messageAt({ ...valid, draft: 'yes' }, ['draft'])).toContain('true 또는 false');
  });

  it('requires a subject', () => {
    const { subject: _, ...noSubject } = valid;
    expect(messageAt(noSubject, ['subject'])).toContain('kind와 title');
  });

  it('lists the allowed kinds for an unknown subject kind', () => {
    const message = messageAt({ ...valid, subject: { kind: 'podcast', title: 'x' } }, ['subject', 'kind']);
    expect(message).toContain(SUBJECT_KINDS.join(', '));
  });

  it('accepts only a web address for subject.url', () => {
    const url = 'https://www.technologyreview.com/';
    expect(parseOk({ ...valid, subject: { ...valid.subject, url } }).subject.url).toBe(url);
    // It becomes a link on the page: a javascript: URL would run when a reader clicks it.
    const message = messageAt({ ...valid, subject: { ...valid.subject, url: 'javascript:alert(1)' } }, [
      'subject',
      'url',
    ]);
    expect(message).toContain('https://');
  });
});

describe('postSchema: rating', () => {
  it('accepts half steps from 0 to 5', () => {
    for (const rating of [0, 0.5, 3.5, 5]) expect(parseOk({ ...valid, rating }).rating).toBe(rating);
  });

  it('rejects a rating above 5 or below 0', () => {
    expect(messageAt({ ...valid, rating: 6 }, ['rating'])).toContain('5 이하');
    expect(messageAt({ ...valid, rating: -1 }, ['rating'])).toContain('0 이상');
  });

  it('rejects a rating that is not a half step', () => {
    expect(messageAt({ ...valid, rating: 3.3 }, ['rating'])).toContain('0.5 단위');
  });

  it('rejects a quoted rating', () => {
    expect(messageAt({ ...valid, rating: '4' }, ['rating'])).toContain('따옴표 없이');
  });
});

describe('postSchema: ISBN', () => {
  const withIsbn = (isbn: string) => ({ ...valid, subject: { ...valid.subject, isbn } });

  it('accepts a hyphenated ISBN-13 and stores it without hyphens', () => {
    expect(parseOk(withIsbn('978-89-364-3412-0')).subject.isbn).toBe('9788936434120');
  });

  it('asks for quotes around an unquoted ISBN, with an example that itself passes the check', () => {
    // Unquoted in YAML, an ISBN-13 is a number.
    const message = messageAt({ ...valid, subject: { ...valid.subject, isbn: 9788936434120 } }, ['subject', 'isbn']);
    expect(message).toContain('따옴표');
    const example = /예: "([^"]+)"/.exec(message)?.[1];
    expect(example).toBeDefined();
    expect(parseOk(withIsbn(example ?? '')).subject.isbn).toMatch(/^\d{13}$/);
  });

  it('accepts an ISBN-10 with a lower-case x check digit and normalises it', () => {
    expect(parseOk(withIsbn('0-8044-2957-x')).subject.isbn).toBe('080442957X');
  });

  it('rejects a wrong check digit', () => {
    const message = messageAt(withIsbn('978-89-364-3412-1'), ['subject', 'isbn']);
    expect(message).toContain('검증 숫자가 맞지 않습니다');
  });
});

describe('postSchema: cover', () => {
  it('passes the image path through with its alt text', () => {
    const data = parseOk({ ...valid, cover: { src: './cover.jpg', alt: '주황색 표지' } });
    expect(data.cover?.alt).toBe('주황색 표지');
  });

  it('requires alt text for the cover', () => {
    const message = messageAt({ ...valid, cover: { src: './cover.jpg' } }, ['cover', 'alt']);
    expect(message).toContain('cover.alt (표지 이미지 설명)');
    expect(message).toContain('필요합니다');
  });
});

describe('postSchema: tags', () => {
  it('defaults to no tags', () => {
    expect(parseOk(valid).tags).toEqual([]);
  });

  it('rejects a blank tag and points at it', () => {
    expect(messageAt({ ...valid, tags: ['AI', '  '] }, ['tags', 1])).toContain('빈 태그');
  });

  it('rejects a tag with nothing usable in a URL', () => {
    expect(messageAt({ ...valid, tags: ['!!!'] }, ['tags', 0])).toContain('글자나 숫자');
  });

  it('trims tags and merges the ones that differ only in case', () => {
    expect(parseOk({ ...valid, tags: [' AI', 'ai', 'AI '] }).tags).toEqual(['AI']);
  });

  it('keeps the first spelling of a duplicated tag, in the order written', () => {
    expect(parseOk({ ...valid, tags: ['AI', '에너지', 'ai'] }).tags).toEqual(['AI', '에너지']);
  });

  it('merges a tag with a pasted zero-width space or soft hyphen with the tag it looks like', () => {
    expect(parseOk({ ...valid, tags: ['에너\u200B지', '에너지', 'A\u200BI', 'AI', '데이터\u00AD센터'] }).tags).toEqual([
      '에너지',
      'AI',
      '데이터센터',
    ]);
  });

  it('merges a Hangul tag typed in NFD with its NFC twin', () => {
    const nfc = '에너지';
    const tags = parseOk({ ...valid, tags: [nfc.normalize('NFD'), nfc] }).tags;
    expect(tags).toEqual([nfc]);
  });

  it('rejects more than 12 tags', () => {
    const tags = Array.from({ length: 13 }, (_, i) => `태그${i}`);
    expect(messageAt({ ...valid, tags }, ['tags'])).toContain('12개 이하');
  });
});

describe('postSchema: creators', () => {
  it('rejects a name with no letter or digit: it could have no page of its own', () => {
    for (const name of ['???', '—', '🙂', '\u200B']) {
      const subject = { kind: 'book', title: '무명', creators: ['홍길동', name] };
      expect(messageAt({ ...valid, subject }, ['subject', 'creators', 1]), name).toMatch(/글자나 숫자|비어 있습니다/);
    }
  });

  it('keeps names as written, without the invisible characters', () => {
    const subject = { kind: 'book', title: '무명', creators: ['홍\u200B길동', 'Christopher Nolan'] };
    expect(parseOk({ ...valid, subject }).subject.creators).toEqual(['홍길동', 'Christopher Nolan']);
  });

  it('rejects one person written twice, in any spelling that shares a creator page (the card listed both)', () => {
    for (const [first, second] of [
      ['김작가', '김작가'],
      ['한강', '한 강'],
      ['Han Kang', 'han kang'],
      ['Han Kang', 'ＨＡＮ ＫＡＮＧ'],
    ] as const) {
      const subject = { kind: 'book', title: '무명', creators: [first, '다른 사람', second] };
      expect(messageAt({ ...valid, subject }, ['subject', 'creators']), second).toBe(
        `subject.creators에 같은 사람이 두 번 있습니다: "${first}"와(과) "${second}". 한 번만 적어 주세요.`,
      );
    }
    const subject = { kind: 'book', title: '무명', creators: ['Han Kang', '한강'] };
    expect(parseOk({ ...valid, subject }).subject.creators).toEqual(['Han Kang', '한강']);
  });

  it('reads an empty list as no creators (the quotes page once printed a stray "0" for it)', () => {
    expect(
      parseOk({ ...valid, subject: { kind: 'book', title: '무명', creators: [] } }).subject.creators,
    ).toBeUndefined();
  });
});

describe('postSchema: series and lang', () => {
  it('accepts a series with order 1', () => {
    expect(parseOk({ ...valid, series: { name: 'AI와 에너지', order: 1 } }).series).toEqual({
      name: 'AI와 에너지',
      order: 1,
    });
  });

  it('rejects a series place typed as a date, and keeps a long series', () => {
    expect(messageAt({ ...valid, series: { name: '연재', order: 20241103 } }, ['series', 'order'])).toContain(
      '9999 이하',
    );
    expect(parseOk({ ...valid, series: { name: '연재', order: 9999 } }).series?.order).toBe(9999);
  });

  it('rejects series order 0', () => {
    expect(messageAt({ ...valid, series: { name: 'AI와 에너지', order: 0 } }, ['series', 'order'])).toContain('1 이상');
  });

  it('rejects a language name instead of a language code', () => {
    expect(messageAt({ ...valid, lang: 'Korean' }, ['lang'])).toContain('언어 코드');
  });

  it('accepts a regional language code', () => {
    expect(parseOk({ ...valid, lang: 'en-US' }).lang).toBe('en-US');
  });
});

describe('postSchema: dates as the loader hands them over (the text written in the file)', () => {
  const at = (pubDate: string) => parseOk({ ...valid, pubDate }).pubDate.toISOString();

  it('reads a day, an instant and a Seoul wall time, whatever the machine’s zone', () => {
    expect(at('2024-11-03')).toBe('2024-11-02T15:00:00.000Z');
    expect(at('2024-11-03T21:30:00+09:00')).toBe('2024-11-03T12:30:00.000Z');
    expect(at('2024-11-03 21:30')).toBe('2024-11-03T12:30:00.000Z');
    expect(at('2024-11-03T00:00:00Z')).toBe('2024-11-03T00:00:00.000Z');
  });

  it('says what is wrong with a day that does not exist, then the forms that work', () => {
    const message = messageAt({ ...valid, pubDate: '2024-02-30' }, ['pubDate']);
    expect(message).toContain('2024년 2월에는 30일이 없습니다 (29일까지)');
    expect(message).toContain('2024-11-03 또는 2024-11-03T09:00:00+09:00 형식의 날짜');
    expect(message).toContain('Asia/Seoul 시각');
  });

  it('refuses what JavaScript would read as a date in 2001', () => {
    for (const pubDate of ['hello 1', '12', '2024']) {
      expect(messageAt({ ...valid, pubDate }, ['pubDate']), pubDate).toContain('형식의 날짜');
    }
  });
});

describe('postSchema: names that differ by a sign', () => {
  it('keeps C++, C# and C as three tags', () => {
    expect(parseOk({ ...valid, tags: ['C++', 'C#', 'C'] }).tags).toEqual(['C++', 'C#', 'C']);
  });

  it('merges a full-width tag with its ASCII twin (the first spelling wins)', () => {
    expect(parseOk({ ...valid, tags: ['AI', 'ＡＩ'] }).tags).toEqual(['AI']);
  });

  it('rejects a series name with no letter or digit, like a tag', () => {
    expect(messageAt({ ...valid, series: { name: '!!!', order: 1 } }, ['series', 'name'])).toContain('글자나 숫자');
  });
});
