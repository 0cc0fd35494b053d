/**
 * The pure half of `npm run new` (scripts/new-post.ts): which file name a new post gets, whether it
 * collides with a post that exists, and the frontmatter it starts with. No file system, no clock: the
 * script passes in today's date and the folder listing, so everything here is unit-tested.
 *
 * Slug strategy: `--slug my-review` (lower-case ASCII, digits and hyphens) when given, otherwise the
 * title through `slugify` (NFC, Hangul kept, every run of other characters one hyphen). Either way the
 * file name is exactly the id Astro derives from it (src/loader/post-id.ts slugifies the file name), so
 * the address printed by the script is the address the site uses. A slugified name holds only letters,
 * digits and hyphens, which every OS accepts; Windows device names (con, nul, …) and very long names
 * are handled below. ASCII is recommended for addresses that are shared (no percent-encoding in links),
 * but a Hangul title needs no transliteration table to give a readable, stable address.
 *
 * Imports carry their .ts extension: this module also runs in plain Node (type stripping).
 */
import { slugify } from '../../src/lib/slug.ts';
import { postIdFromPath } from '../../src/loader/post-id.ts';

/** Same limit as the schema's title (src/schemas/post.ts TITLE_MAX; a unit test keeps them equal). */
export const NEW_POST_TITLE_MAX = 120;
/** File names stay well under every file system's 255-byte limit (a Hangul syllable is 3 bytes). */
export const SLUG_MAX = 60;
/** An explicit --slug: lower-case ASCII words joined by single hyphens. */
export const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Names Windows reserves for devices, whatever the extension: `con.mdx` cannot be created there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The title as it goes into the frontmatter: NFC, one line, single spaces, within the schema's limit. */
export function cleanTitle(raw: string): Result<string> {
  const title = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, error: '제목이 비어 있습니다. 예: npm run new -- "채식주의자를 다시 읽고"' };
  if (title.length > NEW_POST_TITLE_MAX) {
    return { ok: false, error: `제목은 ${NEW_POST_TITLE_MAX}자 이하여야 합니다 (지금 ${title.length}자).` };
  }
  return { ok: true, value: title };
}

/** Cuts a slug to SLUG_MAX characters, at a hyphen when there is one in the second half. */
function shorten(slug: string): string {
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > SLUG_MAX / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** The new post's id (= file name without extension = the part of its URL after /posts/). */
export function chooseSlug(title: string, explicit?: string): Result<string> {
  let slug: string;
  if (explicit !== undefined) {
    if (!ASCII_SLUG.test(explicit)) {
      return {
        ok: false,
        error: `--slug "${explicit}"은(는) 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈만 써 주세요. 예: --slug vegetarian-review`,
      };
    }
    if (explicit.length > SLUG_MAX) return { ok: false, error: `--slug는 ${SLUG_MAX}자 이하로 적어 주세요.` };
    slug = explicit;
  } else {
    slug = shorten(slugify(title));
    if (!slug) {
      return {
        ok: false,
        error: '제목에 글자나 숫자가 없어 파일 이름을 만들 수 없습니다. --slug my-review 처럼 지정해 주세요.',
      };
    }
  }
  if (WINDOWS_RESERVED.test(slug)) slug = `${slug}-review`;
  return { ok: true, value: slug };
}

/** The existing file that already has post id `id`, if any (`paths` relative to the posts folder). */
export function findCollision(id: string, paths: readonly string[]): string | undefined {
  return paths.find((p) => postIdFromPath(p) === id);
}

/** A YAML single-quoted scalar: the only escape is a doubled quote. */
export const yamlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The new post: frontmatter that is valid as written (a draft, so placeholders never reach the public
 * site), with a comment on every field, and a first heading to start from. `day` is YYYY-MM-DD in the
 * site's time zone, named in the comment above it.
 */
export function newPostSource(title: string, day: string, timeZone = 'Asia/Seoul', inFolder = false): string {
  const t = yamlString(title);
  // A folder post has room for its cover right beside it: offer the field, commented out.
  const cover = inFolder
    ? `# 표지: 이 폴더에 cover.jpg를 넣고 주석(#)을 지우세요. alt는 표지에 보이는 것을 적는 설명입니다.
# cover:
#   src: './cover.jpg'
#   alt: '표지 설명'

`
    : '';
  return `---
# 새 리뷰입니다. draft: true인 동안은 npm run dev에서만 (초안 배지와 함께) 보이고 발행되지 않습니다.
# 다 쓰면 draft: false로 바꾸세요. 항목 설명은 docs/writing.ko.md의 frontmatter 표에 있습니다.

# 글 제목: 페이지 제목이자 피드 제목 (120자 이하)
title: ${t}
# 목록, 검색, 피드에 보이는 한두 문장 요약 (200자 이하)
description: '이 리뷰를 한두 문장으로 요약해 주세요.'
# 발행일 (${timeZone} 기준 날짜). 미래 날짜면 그날까지 예약됩니다.
pubDate: ${day}
draft: true
# 주제 태그, 예: ['소설', '한국문학']
tags: []

# 리뷰한 작품. kind와 title은 꼭 필요하고, 나머지는 주석(#)을 지우고 채우면 됩니다.
subject:
  # 작품 종류: book(책), magazine(매거진), paper(논문), film(영화), other(기타)
  kind: book
  # 작품 제목 (매거진이면 매거진 이름). 지금은 글 제목을 임시로 넣어 두었습니다.
  title: ${t}
  # 지은이, 엮은이, 감독 (보이는 순서대로), 예: ['한강']
  creators: []
  # 펴낸 곳 또는 제작사
  # publisher: '창비'
  # 출간 연도 (따옴표 없는 숫자)
  # year: 2007
  # 매거진의 호
  # issue: '2024년 11/12월호'
  # ISBN-10 또는 ISBN-13 (하이픈 허용, 검증 숫자를 확인합니다)
  # isbn: '978-89-364-3412-0'
  # 작품 정보 주소
  # url: 'https://example.com/book'

${cover}# 평점: 0에서 5까지 0.5 단위
# rating: 4.5
---

## 들어가며

여기에 본문을 씁니다. 인용, 평점, 그림, 알림 상자, 함께 언급한 작품 카드는 docs/writing.ko.md의 "리뷰 컴포넌트"를 보세요.
`;
}
