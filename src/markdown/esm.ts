/**
 * What an MDX post's own ESM lines bring to its page. Read from the source text: a line of an MDX
 * body that starts with `import` or `export` is ESM (MDX reads it so; inside a code block it is not,
 * and counts as a component import here, which errs on the safe side).
 */

/** `import name from './picture.jpg'`: an image, which brings no styles or scripts with it. */
const IMAGE_IMPORT =
  /^import\s+[A-Za-z_$][\w$]*\s+from\s+(['"])\.{1,2}\/[^'"\n]+\.(?:jpe?g|png|webp|avif|gif|tiff?)\1;?[ \t]*$/i;

/** Whether `body` imports nothing but images and exports nothing. */
export function importsOnlyImages(body: string): boolean {
  return body
    .split('\n')
    .filter((line) => /^(?:import|export)\b/.test(line))
    .every((line) => IMAGE_IMPORT.test(line.replace(/\r$/, '')));
}
