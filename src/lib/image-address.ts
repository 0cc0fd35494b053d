/**
 * The address of a post's own image as Astro will read it. Astro finds the file by decodeURI, which
 * decodes %25 to % (hence the rule in docs/writing.ko.md: `100%.png` is written `./100%25.png`) but
 * leaves %23 as it is, since # is reserved in a URL. `still#2.jpg` written `./still%232.jpg`, as an
 * author who knows the %25 rule would, was then not found. So %23 reads as #, like %25 reads as %;
 * `./still#2.jpg` itself already worked. A file whose name holds "%23" is `%2523`, as for any %.
 */
export const imageAddressAsDecoded = (url: string): string => url.replace(/%23/gi, '#');

/**
 * The ways a post may have written an image address that Astro has decoded to `decoded`: as it is,
 * with # as %23, and with % as %25 as well. For finding the line an author wrote it on.
 */
export const imageAddressWritten = (decoded: string): string[] => [
  decoded,
  decoded.replace(/#/g, '%23'),
  decoded.replace(/%/g, '%25').replace(/#/g, '%23'),
];
