/**
 * What an MDX post's own ESM brings to its page, read from the source text. MDX reads a block that
 * starts with `import` or `export` at the start of a line as ESM, up to the next blank line; inside a
 * code block such a line is not ESM, and counts as a component import here, which errs on the safe
 * side.
 */

/** `import name from './picture.jpg'`: an image, which brings no styles or scripts with it. */
const IMAGE_IMPORT =
  /^import\s+[A-Za-z_$][\w$]*\s+from\s+(['"])\.{1,2}\/[^'"\n?#]+\.(?:jpe?g|png|webp|avif|gif|tiff?)\1;?[ \t]*$/i;

/** Whether `body` imports nothing but images and exports nothing. */
export function importsOnlyImages(body: string): boolean {
  let inEsm = false;
  for (const line of body.split(/\r\n?|\n/)) {
    if (line.trim() === '') inEsm = false;
    else if (/^(?:import|export)\b/.test(line)) inEsm = true;
    // Every line of an ESM block is ESM, whatever it starts with.
    if (inEsm && !IMAGE_IMPORT.test(line)) return false;
  }
  return true;
}
