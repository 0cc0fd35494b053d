/** The badges the dev server puts on unpublished posts (production never lists them). */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import StatusBadge from '../../src/components/StatusBadge.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<StatusBadge>', () => {
  it('marks a draft 초안 and a scheduled post 예약됨', async () => {
    expect(await container.renderToString(StatusBadge, { props: { status: 'draft' } })).toMatch(
      /class="badge draft[^"]*"[^>]*>초안</,
    );
    expect(await container.renderToString(StatusBadge, { props: { status: 'scheduled' } })).toMatch(
      /class="badge scheduled[^"]*"[^>]*>예약됨</,
    );
  });

  it('shows nothing on a published post', async () => {
    expect((await container.renderToString(StatusBadge, { props: { status: 'published' } })).trim()).toBe('');
  });
});
