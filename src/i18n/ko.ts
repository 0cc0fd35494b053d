/**
 * Every string a reader sees, in Korean. A language is one file like this one (en.ts is the other);
 * src/i18n/index.ts picks the table for `lang` in src/site.config.ts. Messages for the author (build
 * errors, `npm run new`) are not here: they are written where they are raised.
 */
import type { SubjectKind } from '../schemas/post';

export const ko = {
  ui: {
    skipToContent: '본문으로 건너뛰기',
    mainNav: '주 메뉴',
    home: '홈',
    latestPosts: '최근 리뷰',
    allPosts: '모든 글',
    noPosts: '아직 발행한 글이 없습니다.',
    tags: '태그',
    tagIndexTitle: '태그',
    tagIndexIntro: '주제별로 글을 모아 봅니다.',
    tagTitle: (name: string) => `태그: ${name}`,
    postCount: (n: number) => `글 ${n}편`,
    /** What follows a bare count of posts to make it words: "3" + "편". */
    postCountUnit: (_n: number) => '편',
    /** A count beside a name, on filter chips ("책 15편"; a bare "★ 4.5 2" read as one run of digits). */
    postTally: (n: number) => `${n}편`,
    archive: '아카이브',
    archiveIntro: '발행한 모든 글을 연도별로 모았습니다.',
    archiveYears: '연도로 건너뛰기',
    /** A year heading in the archive. */
    archiveYear: (year: number) => `${year}년`,
    kindsTitle: '리뷰 대상별',
    kindTitle: (label: string) => `${label} 리뷰`,
    published: '발행',
    updated: '수정',
    readingTime: (minutes: number) => `${minutes}분 분량`,
    tableOfContents: '목차',
    /** GFM footnotes section (passed to the Markdown processor in astro.config.mjs). */
    footnotes: { label: '각주', backLabel: '{reference}번 각주가 달린 곳으로 돌아가기' },
    headingLink: (heading: string) => `'${heading}' 부분으로 바로 가는 링크`,
    reviewed: '리뷰한 작품',
    subjectYear: '연도',
    subjectIsbn: 'ISBN',
    subjectLink: '작품 정보',
    rating: '평점',
    ratingValue: (r: number) => `5점 만점에 ${r}점`,
    /** After a bare rating, for screen readers ("4.5" + "점"). */
    ratingPointUnit: '점',
    postTags: '이 글의 태그',
    newerPost: '다음 글',
    olderPost: '이전 글',
    postNav: '이전 글과 다음 글',
    pagination: '페이지 이동',
    prevPage: '이전 페이지',
    nextPage: '다음 페이지',
    /* 페이지, as the page links say it ("이전 페이지"); 쪽 is a book's page (quotePage). */
    pageOf: (current: number, total: number) => `${total}페이지 중 ${current}페이지`,
    pageTitle: (title: string, page: number) => (page > 1 ? `${title} (${page}페이지)` : title),
    draftBadge: '초안',
    scheduledBadge: '예약됨',
    themeToggle: '다크 모드 전환',
    themeToLight: '밝은 테마로 전환',
    themeToDark: '어두운 테마로 전환',
    search: '검색',
    searchOpen: '검색 (/ 키)',
    searchIntro: '발행한 리뷰의 제목, 요약, 리뷰한 작품, 태그와 본문에서 찾습니다.',
    searchLabel: '검색어',
    searchPlaceholder: '예: 전력, 양자컴퓨터',
    searchShortcut: '어느 페이지에서나 / 키를 누르면 검색으로 옵니다.',
    searchNeedsJs:
      '검색은 자바스크립트가 있어야 동작합니다. 자바스크립트를 켜거나 태그와 아카이브에서 글을 찾아 보세요.',
    searchMore: '결과 더 보기',
    /** Under a search that found nothing, before links to the tags, the shelf and the archive. */
    searchEmptyHelp: '낱말을 줄이거나 다른 말로 찾아보세요. 둘러보기:',
    /**
     * What the search page's script says. Only these travel to the browser (as data on the page), so
     * `{query}` and `{count}` are placeholders rather than functions.
     */
    searchStatus: {
      loading: '검색을 준비하고 있습니다…',
      noResults: '‘{query}’에 맞는 글이 없습니다.',
      results: '‘{query}’ 검색 결과 {count}건',
      unavailable: '검색 색인을 불러오지 못했습니다. 잠시 뒤에 다시 시도해 주세요.',
      devNoIndex:
        '개발 서버에는 아직 검색 색인이 없습니다. `npm run build`를 한 번 실행하면 개발 서버가 마지막 빌드의 색인으로 검색합니다 (발행된 글만 들어 있습니다).',
    },
    rssFeed: 'RSS 피드',
    subscribe: '구독',
    notFoundTitle: '페이지를 찾을 수 없습니다',
    notFoundBody: '주소가 바뀌었거나 글이 옮겨졌을 수 있습니다. 아래에서 찾아보세요.',
    notFoundHome: '홈으로 가기',
    backToTop: '맨 위로',
    comments: '댓글',
    commentsLoading: '댓글을 불러오는 중입니다…',
    copyLink: '링크 복사',
    share: '공유하기',
    linkCopied: '링크를 복사했습니다.',
    copyCode: '복사',
    codeCopied: '복사됨',
    series: '시리즈',
    seriesIndexTitle: '시리즈',
    seriesIndexIntro: '여러 편으로 이어지는 리뷰를 모았습니다.',
    seriesPart: (order: number, total: number) => `${total}편 중 ${order}편`,
    seriesParts: (n: number) => `${n}편`,
    seriesCurrent: '지금 읽는 글',
    related: '함께 읽을 만한 글',
    breadcrumbHome: '홈',
    footerFeeds: '피드',
    sitemap: '사이트맵',
    /** Alt text of a social card image: its headline and what it is about. */
    ogImageAlt: (headline: string, about: string) => `${headline} (${about})`,
    /* Review components for MDX (src/components/mdx/). */
    /** The page of a quotation, e.g. 45 → "45쪽", "45–47" → "45–47쪽". */
    /** "45" → "45쪽"; a page already given with its unit ("11쪽") stays as written. */
    quotePage: (page: string | number) => (/쪽\s*$/.test(String(page)) ? String(page) : `${page}쪽`),
    calloutNote: '참고',
    calloutTip: '도움말',
    calloutWarning: '주의',
    /** Label of a card for another work mentioned in a review (BookCard). */
    mentionedWork: '함께 언급한 작품',
    /** The scrolling box of the n-th table in a post (src/markdown/tables.ts). */
    tableLabel: (n: number) => `표 ${n}`,
    /**
     * Creators where space is short (cards, the shelf, the quotes page): up to four names, else the first
     * three and how many more ("한강, 정세랑, 김애란 외 4명"). The post's review card names them all.
     */
    someCreators: (names: readonly string[]) =>
      names.length > 4 ? `${names.slice(0, 3).join(', ')} 외 ${names.length - 3}명` : names.join(', '),
    /** A magazine's issue as a reader says it: "AI와 에너지" → "AI와 에너지 호"; "2024년 11월호" stays. */
    issueName: (issue: string) => (/호$/.test(issue) ? issue : `${issue} 호`),
    /** The byline and the author box. */
    author: '글쓴이',
    aboutAuthor: '소개 더 보기',
    /** The footer's notice: the years follow the posts (first to last). */
    copyright: (years: string, name: string) => `© ${years} ${name}. 모든 권리 보유.`,
    footerExplore: '둘러보기',
    featured: '추천',
    featuredPosts: '추천 리뷰',
    themeSystem: '시스템 설정 따르기',
    zoomImage: '크게 보기',
    closeImage: '닫기',
    /* The bookshelf (/shelf/). */
    shelf: '서재',
    shelfIntro: '리뷰한 작품을 표지로 모았습니다. 표지를 누르면 리뷰로 갑니다.',
    shelfAll: '전체',
    shelfKinds: '종류별',
    shelfRatings: '별점별',
    shelfKindTitle: (label: string) => `서재: ${label}`,
    shelfRatingTitle: (rating: number) => `서재: 별점 ${rating}점`,
    workCount: (n: number) => `작품 ${n}편`,
    ratingDistribution: '별점 분포',
    ratingBar: (rating: number, n: number) => `${rating}점 ${n}편`,
    unrated: (n: number) => `별점 없이 리뷰한 작품 ${n}편`,
    /** Screen-reader name of a shelf tile: the work and where the link goes. */
    shelfTile: (title: string) => `${title} 리뷰`,
    /** After the text of a tile without a cover, for screen readers: "… 리뷰". */
    shelfTileSuffix: '리뷰',
    /* Creators (/creators/). */
    creators: '만든 이',
    creatorsIntro: '리뷰한 작품을 쓰고 만든 사람들입니다.',
    reviewCount: (n: number) => `리뷰 ${n}편`,
    /* Quotations (/quotes/). */
    quotes: '인용 모음',
    quotesIntro: '리뷰에 옮겨 적은 문장들을 작품별로 모았습니다.',
    quoteCount: (n: number) => `인용 ${n}개`,
    quoteInPost: '글에서 보기',
    noQuotes: '아직 모은 인용이 없습니다. 리뷰에 옮겨 적은 문장이 생기면 여기에 작품별로 모입니다.',
    /* Empty listings, said as what is missing rather than "nothing published". */
    noCreators: '아직 만든 이를 적은 리뷰가 없습니다.',
    noSeries: '아직 시리즈로 묶은 글이 없습니다.',
    noTags: '아직 태그를 단 글이 없습니다.',
    /** What a feed item says first: the reviewed work as text. */
    feedSubject: (facts: string) => `리뷰한 작품: ${facts}`,
  },

  /** How each kind of reviewed work is called on the site. */
  kindLabels: {
    book: '책',
    magazine: '매거진',
    paper: '논문',
    film: '영화',
    other: '기타',
  } satisfies Record<SubjectKind, string>,

  /** Who made the work, as each kind says it (a film's creators are its directors). */
  creatorLabels: {
    book: '지은이',
    magazine: '엮은이',
    paper: '저자',
    film: '감독',
    other: '만든 이',
  } satisfies Record<SubjectKind, string>,

  /** Who published it: a film's publisher is its studio, a paper's is where it appeared. */
  publisherLabels: {
    book: '펴낸 곳',
    magazine: '펴낸 곳',
    paper: '실린 곳',
    film: '제작사',
    other: '펴낸 곳',
  } satisfies Record<SubjectKind, string>,
};

/** The shape every language's table has. */
export type Strings = typeof ko;
