/** The interface strings of this site: the table for `lang` in the site config. Import strings from here. */
import { siteConfig } from '../site.config.ts';
import { stringsFor } from './tables.ts';

export const { ui, kindLabels, creatorLabels, publisherLabels } = stringsFor(siteConfig.lang);
