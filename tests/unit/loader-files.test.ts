import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPostFiles, idProblem } from '../../src/loader/files';
import { readFrontmatterSource, FrontmatterError } from '../../src/loader/frontmatter';

const dir = mkdtempSync(path.join(tmpdir(), 'loader-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text = '---\ntitle: x\n---\n') => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

describe('checkPostFiles (before glob() reads the posts folder)', () => {
  it('counts the posts and finds nothing wrong with ordinary names', () => {
    const posts = path.join(dir, 'ok');
    write('ok/a.md');
    write('ok/한글-제목.mdx');
    write('ok/folder/index.mdx');
    write('ok/folder/cover.jpg', 'x');
    write('ok/_notes.md');
    write('ok/.DS_Store', 'x');
    const checked = checkPostFiles(posts);
    expect(checked.problems).toEqual([]);
    expect(checked.files.map((file) => path.relative(posts, file)).sort()).toEqual(
      ['a.md', 'folder/index.mdx', '한글-제목.mdx'].map((file) => path.normalize(file)).sort(),
    );
  });

  it('names every file that cannot be a post as it is, and says what to do', () => {
    const posts = path.join(dir, 'bad');
    write('bad/review.MDX');
    write('bad/notes.markdown');
    write('bad/🙂.mdx');
    write(`bad/${'가'.repeat(60)}.md`);
    symlinkSync('/etc/hostname', path.join(posts, 'outside.md'));
    symlinkSync(path.join(posts, 'missing.md'), path.join(posts, 'dangling.md'));
    const messages = checkPostFiles(posts).problems.map((p) => p.message);
    expect(messages).toHaveLength(6);
    expect(messages.join('\n')).toMatch(/review\.MDX.*대문자.*"review\.mdx"/);
    expect(messages.join('\n')).toMatch(/notes\.markdown.*\.md와 \.mdx 파일만/);
    expect(messages.join('\n')).toMatch(/🙂\.mdx.*글자나 숫자가 없어/);
    expect(messages.join('\n')).toMatch(/파일 이름이 너무 깁니다 \(주소 60자, 180바이트/);
    expect(messages.join('\n')).toMatch(/outside\.md.*글 폴더 밖/);
    expect(messages.join('\n')).toMatch(/dangling\.md.*가리키는 파일이 없는/);
  });

  it('says so when the folder is not there', () => {
    const { problems } = checkPostFiles(path.join(dir, 'nowhere'));
    expect(problems[0]?.message).toContain('이(가) 없습니다');
  });

  it('gives ids up to 150 bytes (50 Hangul syllables)', () => {
    expect(idProblem(`${'가'.repeat(50)}.md`, 'x')).toBeUndefined();
    expect(idProblem(`${'가'.repeat(51)}.md`, 'x')).toContain('너무 깁니다');
    expect(idProblem('!!!/index.mdx', 'x')).toContain('글자나 숫자가 없어');
  });

  it('refuses "#" and "?" in a file or folder name, which cut the file’s address short (the post was lost)', () => {
    const posts = path.join(dir, 'signs');
    write('signs/리뷰#2.md');
    write('signs/what?.md');
    write('signs/폴더#1/index.md');
    write('signs/책[1].md');
    const messages = checkPostFiles(posts).problems.map((p) => p.message);
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).toMatch(/리뷰#2\.md": 파일이나 폴더 이름에 "#"이\(가\) 있어 글을 읽을 수 없습니다/);
    expect(messages.join('\n')).toMatch(/what\?\.md": 파일이나 폴더 이름에 "\?"/);
    expect(messages.join('\n')).toMatch(/폴더#1\/index\.md"/);
  });
});

describe('readFrontmatterSource', () => {
  const read = (text: string) => readFrontmatterSource('/x.md', 'posts/x.md', text);

  it('hands over dates as written', () => {
    const source = read(
      "---\ntitle: '제목'\npubDate: 2024-11-03T21:30:00+09:00\nupdatedDate: '2024-11-04'\n---\n본문\n",
    );
    expect(source.dates).toEqual({ pubDate: '2024-11-03T21:30:00+09:00', updatedDate: '2024-11-04' });
    expect(source.lineOf('updatedDate')).toBe(4);
  });

  it('finds the line of a nested field, or of the nearest field that is there', () => {
    const source = read("---\ntitle: x\nsubject:\n  kind: book\n  isbn: '1'\ntags:\n  - a\n  - b\n---\n");
    expect(source.lineOf('subject.isbn')).toBe(5);
    expect(source.lineOf('subject.title')).toBe(3);
    expect(source.lineOf('tags.1')).toBe(8);
    expect(source.lineOf('rating')).toBeUndefined();
  });

  it('explains a duplicated key in Korean at its line, with the lines around it', () => {
    let error: unknown;
    try {
      read("---\ntitle: '첫'\ndescription: x\ntitle: '둘'\n---\n");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FrontmatterError);
    expect((error as FrontmatterError).message).toMatch(/^"posts\/x\.md" 4번째 줄: .*같은 항목이 두 번/);
    expect((error as FrontmatterError).message).toContain(">   4 | title: '둘'");
    expect((error as FrontmatterError).loc).toMatchObject({ file: '/x.md', line: 4 });
  });

  it('explains a file saved with old-Mac line endings, where no frontmatter can be found', () => {
    expect(() => read('---\rtitle: x\r---\r본문\r')).toThrow(/CR만/);
  });

  it('says a frontmatter is never closed, rather than that every field is missing', () => {
    expect(() => read("---\ntitle: '제목'\ndescription: x\n\n본문입니다.\n")).toThrow(
      /^"posts\/x\.md": 1번째 줄의 ---로 연 frontmatter를 닫는 --- 줄이 없습니다/,
    );
    // A rule further down closed it instead: the body's first paragraph is where the --- was missing.
    expect(() => read("---\ntitle: '제목'\ndescription: x\n\n본문입니다. 첫 문단.\n\n---\n\n둘째 문단\n")).toThrow(
      /^"posts\/x\.md": frontmatter를 닫는 --- 줄이 빠진 것 같습니다: 5번째 줄부터는 본문인데 frontmatter로 읽혔습니다/,
    );
    // The body's first line may be a heading, which YAML reads as a comment: the --- goes before it.
    expect(() => read("---\ntitle: '제목'\n\n## 메모\n\n본문입니다. 첫 문단.\n\n---\n\n둘째\n")).toThrow(
      /4번째 줄부터는 본문인데 frontmatter로 읽혔습니다\. 4번째 줄 앞에/,
    );
    // A closed frontmatter with a key that lost its colon is a YAML error of its own, not an unclosed one.
    expect(() => read("---\ntitle: '제목'\n\npubDate 2024-01-01\ndescription: x\n---\n본문\n")).toThrow(
      /YAML 문법 오류/,
    );
    // A body's own rule further down is no closing line for it either way: the file has none at its top.
    expect(read('본문만 있는 글\n\n---\n\n끝\n').dates).toEqual({});
  });

  it('explains a YAML tag (!!js/function) and a frontmatter that is a list, in Korean at the line', () => {
    expect(() => read("---\ntitle: x\nf: !!js/function 'function(){}'\n---\n")).toThrow(
      /^"posts\/x\.md" 3번째 줄: .*YAML 태그는 쓸 수 없습니다/,
    );
    expect(() => read('---\n- title\n- x\n---\n')).toThrow(
      /한 줄에 항목 하나씩 적어야 합니다 \(지금은 - 로 시작하는 목록입니다\)/,
    );
    expect(read('---\n---\n본문\n').dates).toEqual({});
    // TOML between +++ fences is Astro's to read, not a YAML value to refuse.
    expect(read('+++\ntitle = "톰"\npubDate = 2024-01-01\n[subject]\nkind = "book"\n+++\n본문\n').dates).toEqual({});
  });

  it('lists characters XML forbids with their lines', () => {
    expect(read('---\ntitle: x\n---\n첫\n둘\u0001\n').invalidCharacters).toEqual([{ char: '\u0001', line: 5 }]);
  });
});
