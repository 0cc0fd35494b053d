/**
 * Sätteri hast plugin: wraps runs joined by middle dots in post bodies ("양자컴퓨팅·제약") in
 * `<span class="nobr">`, so no line starts with "·" (why a span: src/lib/middle-dot.ts). Code is left
 * alone.
 */
import { defineHastPlugin } from 'satteri';
import { splitAtMiddleDots } from '../lib/middle-dot.ts';

type Ancestor = { type: string; tagName?: string };

const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

export const middleDots = () =>
  defineHastPlugin({
    name: 'middle-dots',
    text(node, ctx) {
      const parts = splitAtMiddleDots(node.value);
      if (!parts.some((p) => p.keep)) return;
      // Highlighted code nests text in token spans: look at every ancestor, not just the parent.
      for (
        let up = ctx.parent(node) as Ancestor | undefined;
        up;
        up = ctx.parent(up as never) as Ancestor | undefined
      ) {
        if (up.tagName && CODE.has(up.tagName)) return;
      }
      ctx.replaceNode(
        node,
        parts.map((p) =>
          p.keep
            ? {
                type: 'element',
                tagName: 'span',
                properties: { className: ['nobr'] },
                children: [{ type: 'text', value: p.text }],
              }
            : { type: 'text', value: p.text },
        ),
      );
    },
  });
