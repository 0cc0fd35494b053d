import { describe, expect, it } from 'vitest';
import { importsOnlyImages } from '../../src/markdown/esm';

describe('importsOnlyImages (may the post page show the body the feeds carry)', () => {
  it('is true for a body with no ESM, and for image imports only', () => {
    expect(importsOnlyImages('## 제목\n\n본문입니다. import라는 낱말은 줄 가운데 있습니다.\n')).toBe(true);
    expect(
      importsOnlyImages(
        'import still from \'./still.jpg\';\nimport cover from "../cover.PNG"\r\n\n<Figure src={still} />',
      ),
    ).toBe(true);
  });

  it('is false for a component, a package, a multi-line import or an export', () => {
    expect(importsOnlyImages("import Chart from './Chart.astro';\n")).toBe(false);
    expect(importsOnlyImages("import still from './still.jpg';\nimport { Tweet } from 'astro-embed';\n")).toBe(false);
    expect(importsOnlyImages("import {\n  still,\n} from './images.ts';\n")).toBe(false);
    expect(importsOnlyImages('export const year = 2024;\n')).toBe(false);
    expect(importsOnlyImages("import './styles.css';\n")).toBe(false);
    expect(importsOnlyImages("import icon from './icon.svg';\n")).toBe(false);
    expect(importsOnlyImages("import Chart from './Chart.astro?x.png';\n")).toBe(false);
  });

  it('reads every line of an ESM block, and lines ended by CR alone', () => {
    // MDX reads the block up to the next blank line as ESM, indented or not.
    expect(importsOnlyImages("import still from './still.jpg'\n  import Chart from './Chart.astro'\n")).toBe(false);
    expect(importsOnlyImages("import still from './still.jpg'\n;import Chart from './Chart.astro'\n")).toBe(false);
    expect(importsOnlyImages("글입니다.\r\rimport Chart from './Chart.astro'\r")).toBe(false);
    // After a blank line, an indented line is text again.
    expect(importsOnlyImages("import still from './still.jpg'\n\n  import는 낱말입니다.\n")).toBe(true);
  });
});
