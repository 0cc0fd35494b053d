/**
 * The word bank of the benchmark generator: review-like Korean sentences, headings, list items, code
 * snippets, links, tags and the works reviewed. Plain data; generate.ts picks from it with a seeded PRNG.
 * Nothing here may contain `{`, `}` or `<` outside code blocks: posts are MDX.
 */

/** Sentences of review prose, mixed so paragraphs read like a review rather than a repeated line. */
export const SENTENCES: readonly string[] = [
  '처음 몇 장을 넘길 때만 해도 이 책이 이렇게 오래 마음에 남을 줄은 몰랐습니다.',
  '저자는 복잡한 주제를 서두르지 않고 한 걸음씩 풀어 갑니다.',
  '각 장의 끝에 붙은 짧은 정리가 생각보다 큰 도움이 되었습니다.',
  '다만 중반부의 사례들은 서로 비슷해서 조금 지루하게 느껴졌습니다.',
  '이 작품의 가장 큰 미덕은 독자를 가르치려 들지 않는다는 점입니다.',
  '번역은 대체로 매끄럽지만 몇몇 전문 용어는 원어를 함께 적어 주었으면 좋았겠습니다.',
  '읽는 내내 메모를 하게 만드는 문장이 많았습니다.',
  '논지를 뒷받침하는 자료가 풍부하고 출처도 꼼꼼하게 밝혀 두었습니다.',
  '마지막 장에 이르러서야 첫 장의 질문이 왜 중요했는지 알게 됩니다.',
  '전작보다 문장이 한결 간결해졌고 구성도 단단해졌습니다.',
  '기술의 발전을 낙관하지도 비관하지도 않는 균형 잡힌 시선이 돋보입니다.',
  '현장에서 일하는 사람들의 목소리를 직접 담았다는 점이 특히 좋았습니다.',
  '숫자와 그래프가 많지만 설명이 친절해서 따라가기 어렵지 않습니다.',
  '한국의 상황과 비교해 보면 시사하는 바가 적지 않습니다.',
  '어떤 대목에서는 저자의 확신이 지나치게 강하다는 인상을 받았습니다.',
  '그럼에도 불구하고 이 정도로 정리된 입문서는 드뭅니다.',
  '두 번째 읽을 때 비로소 보이는 구조가 있습니다.',
  '등장인물들의 대화가 자연스러워서 마치 옆에서 듣는 듯했습니다.',
  '화면 구성과 색감이 이야기의 분위기를 충실하게 뒷받침합니다.',
  '음악이 과하지 않게 장면을 받쳐 주는 방식이 인상적이었습니다.',
  '러닝타임이 길지만 지루할 틈이 거의 없었습니다.',
  '연구의 방법론은 명확하고 재현 가능하도록 자세히 기술되어 있습니다.',
  '실험 결과는 흥미롭지만 표본의 크기가 작다는 한계가 분명합니다.',
  '관련 연구를 정리한 부분만 읽어도 이 분야의 흐름을 파악할 수 있습니다.',
  '저자들이 제시한 모델은 단순하지만 설명력이 놀라울 정도로 높습니다.',
  '이번 호의 특집 기사는 취재의 깊이가 남달랐습니다.',
  '짧은 칼럼들 사이에 배치된 긴 인터뷰가 읽는 리듬을 잘 잡아 줍니다.',
  '편집과 디자인이 내용만큼이나 공들인 흔적이 보입니다.',
  '광고가 적고 기사 하나하나의 분량이 넉넉해서 만족스러웠습니다.',
  '에피소드마다 주제가 분명해서 출퇴근길에 듣기 좋았습니다.',
  '진행자의 질문이 날카로워서 게스트의 생각을 잘 끌어냅니다.',
  '전시는 작은 규모였지만 동선이 잘 짜여 있어 몰입할 수 있었습니다.',
  '이 부분은 원문을 직접 읽어 보시길 권합니다.',
  '비슷한 주제의 다른 책들과 비교하면 실용적인 조언이 훨씬 많습니다.',
  '결론이 다소 급하게 마무리되는 점은 아쉽습니다.',
  '읽고 나서 제 일하는 방식을 몇 가지 바꾸게 되었습니다.',
  '저자의 개인적인 경험담이 딱딱한 내용을 부드럽게 만들어 줍니다.',
  '각주가 본문만큼 재미있는 책은 오랜만입니다.',
  '용어 설명이 부록으로 빠져 있어 처음 읽는 분은 부록부터 보셔도 좋겠습니다.',
  '몇 년 전에 나온 책이지만 지금 읽어도 전혀 낡지 않았습니다.',
  '반대로 최신 동향을 기대한 독자라면 실망할 수도 있습니다.',
  '주장 자체보다 그 주장에 이르는 과정이 더 설득력 있습니다.',
  '이야기는 느리게 흘러가지만 후반부의 반전이 모든 것을 보상합니다.',
  '주인공의 선택이 이해되면서도 끝내 마음이 불편했습니다.',
  '배우들의 연기가 절제되어 있어서 오히려 감정이 크게 다가옵니다.',
  '데이터를 시각화한 도판이 특히 훌륭해서 몇 번이고 다시 보았습니다.',
  '같은 사건을 여러 관점에서 다시 보여 주는 구성이 효과적입니다.',
  '번역서로는 드물게 원서의 리듬이 살아 있습니다.',
  '이 책을 읽기 전과 후에 뉴스를 보는 눈이 달라졌습니다.',
  '가볍게 읽히지만 다루는 문제는 결코 가볍지 않습니다.',
  '책장을 덮은 뒤에도 한동안 질문이 머릿속을 떠나지 않았습니다.',
  '입문자에게는 조금 어렵고 전문가에게는 조금 쉬운, 애매한 위치에 있습니다.',
  '그래도 이 주제를 처음 접하는 분께 가장 먼저 권하고 싶은 작품입니다.',
  '저자가 직접 그린 도식 덕분에 추상적인 개념이 손에 잡힙니다.',
  '에너지와 전력망 이야기가 생각보다 많은 비중을 차지합니다.',
  '인공지능을 둘러싼 과장과 현실을 구분하려는 노력이 돋보입니다.',
  '도시와 건축에 관한 장은 따로 떼어 읽어도 좋을 만큼 완성도가 높습니다.',
  '기후 위기를 다루는 방식이 감정에 호소하기보다 차분합니다.',
  '별점은 반 개를 뺐지만 그만큼 기대가 컸다는 뜻이기도 합니다.',
  '다음 권이 나오면 바로 읽어 볼 생각입니다.',
  '함께 읽으면 좋을 자료를 아래에 정리해 두었습니다.',
  '한 문장 한 문장 공들여 쓴 티가 나는 글입니다.',
];

export const HEADINGS: readonly string[] = [
  '들어가며',
  '어떤 작품인가',
  '줄거리와 구성',
  '인상 깊었던 대목',
  '아쉬운 점',
  '좋았던 점',
  '다른 작품과 비교',
  '누구에게 권할까',
  '읽고 나서 바뀐 것',
  '핵심 주장 정리',
  '방법론에 대하여',
  '데이터로 본 이야기',
  '번역과 편집',
  '연출과 음악',
  '마치며',
];

export const LIST_ITEMS: readonly string[] = [
  '첫째, 문제를 정의하는 방식이 명확합니다.',
  '둘째, 사례가 풍부하고 구체적입니다.',
  '셋째, 결론이 실천 가능한 제안으로 이어집니다.',
  '분량: 한 번에 읽기에는 조금 깁니다.',
  '난이도: 고등학생도 충분히 읽을 수 있습니다.',
  '함께 읽을 책: 같은 저자의 전작',
  '추천 대상: 이 분야에 막 입문한 분',
  '비추천 대상: 최신 연구 동향을 찾는 분',
  '가장 좋았던 장: 3장과 7장',
  '다시 읽고 싶은 부분: 마지막 인터뷰',
  '아쉬운 점: 색인이 빈약합니다.',
  '좋은 점: 도판과 표가 깔끔합니다.',
];

/** Fenced code blocks: language and body. Prism highlights them on the real site. */
export const CODE_BLOCKS: readonly { lang: string; body: string }[] = [
  {
    lang: 'python',
    body: 'import pandas as pd\n\ndf = pd.read_csv("power.csv")\nprint(df.groupby("year")["twh"].sum())',
  },
  {
    lang: 'js',
    body: 'const ratings = [4.5, 3, 5, 4];\nconst mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;\nconsole.log(mean.toFixed(1));',
  },
  { lang: 'sh', body: 'curl -s https://example.com/data.json | jq ".items | length"' },
  { lang: 'text', body: '인용 1: 기술은 중립적이지 않다.\n인용 2: 측정하지 않으면 개선할 수 없다.' },
  { lang: 'sql', body: 'SELECT year, COUNT(*) AS reviews\nFROM posts\nGROUP BY year\nORDER BY year;' },
];

export const LINKS: readonly { text: string; url: string }[] = [
  { text: '출판사 소개 페이지', url: 'https://example.com/books/intro' },
  { text: '저자 인터뷰', url: 'https://example.org/interviews/author' },
  { text: '관련 논문', url: 'https://doi.org/10.1000/example' },
  { text: '국제에너지기구 보고서', url: 'https://www.iea.org/reports' },
  { text: '위키백과 항목', url: 'https://ko.wikipedia.org/wiki/인공지능' },
  { text: '이전 리뷰', url: 'https://example.com/previous-review' },
];

/** ~40 tags, Korean and English as on the real site. */
export const TAGS: readonly string[] = [
  'AI',
  '전력',
  '에너지',
  '기후',
  '소설',
  '한국문학',
  '에세이',
  '과학',
  '역사',
  '철학',
  '경제',
  '디자인',
  '건축',
  '도시',
  '영화',
  'SF',
  '다큐멘터리',
  '논문',
  '머신러닝',
  '데이터',
  '반도체',
  '양자컴퓨팅',
  '의학',
  '심리학',
  '사회',
  '정치',
  '교육',
  '매거진',
  '팟캐스트',
  '전시',
  '번역서',
  '고전',
  '일',
  '글쓰기',
  '프로그래밍',
  '보안',
  '우주',
  '생물학',
  '음식',
  '여행',
];

export const CREATORS: readonly string[] = [
  '한강',
  '김영하',
  '정세랑',
  '최은영',
  '김초엽',
  '유발 하라리',
  '바츨라프 스밀',
  '케이트 크로퍼드',
  '대니얼 카너먼',
  '리베카 솔닛',
  '봉준호',
  '박찬욱',
  '크리스토퍼 놀런',
  '김지수',
  '이민호',
  '박서연',
];

export const PUBLISHERS: readonly string[] = [
  '창비',
  '문학동네',
  '민음사',
  '김영사',
  '한빛미디어',
  '사이언스북스',
  '열린책들',
  '을유문화사',
];

export const BOOK_TITLES: readonly string[] = [
  '전력의 시대',
  '기계는 어떻게 생각하는가',
  '작은 것들의 역사',
  '도시의 온도',
  '보이지 않는 노동',
  '숫자가 말하지 않는 것',
  '에너지 전환의 조건',
  '느린 과학',
  '지도 밖의 사람들',
  '두 번째 산업혁명',
];

export const MAGAZINES: readonly { title: string; publisher: string }[] = [
  { title: 'MIT 테크놀로지 리뷰', publisher: 'MIT Technology Review' },
  { title: '과학동아', publisher: '동아사이언스' },
  { title: '디자인 매거진', publisher: '디자인하우스' },
  { title: '월간 에너지', publisher: '에너지경제' },
];

export const PAPERS: readonly string[] = [
  'Attention Is All You Need',
  '데이터센터 전력 수요 추정',
  'Scaling Laws for Neural Language Models',
  '도시 열섬과 녹지의 관계',
  'Energy and Policy Considerations for Deep Learning',
];

export const FILMS: readonly string[] = ['인터스텔라', '기생충', '헤어질 결심', '그래비티', '마션', '괴물'];

export const OTHERS: readonly string[] = [
  '팟캐스트: 기술과 사회',
  '전시: 빛의 건축',
  '강연: 에너지의 미래',
  '보드게임: 전력망',
];

export const SERIES: readonly string[] = [
  '에너지 전환 읽기',
  'AI와 사회',
  '한국 소설 다시 읽기',
  '도시 산책',
  '과학 고전 완독',
];

export const COVER_ALTS: readonly string[] = [
  '푸른색과 흰색이 섞인 추상적인 표지',
  '따뜻한 주황색 바탕의 단순한 표지',
  '짙은 초록색 숲을 닮은 표지',
  '회색 도시 실루엣이 그려진 표지',
];
