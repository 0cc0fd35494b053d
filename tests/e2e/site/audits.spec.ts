import { REAL_POST, SITE_DIST } from '../../support/site.ts';
import { defineAudits, searchResultsShown } from '../../support/audits.ts';

// The page templates are the same on both sites: the fixture site (fixtures/audits.spec.ts), with more
// content, covers every page type; here the real site's own pages.
defineAudits({
  dist: SITE_DIST,
  pages: [
    { name: 'home', path: '/' },
    { name: 'post', path: REAL_POST.path },
    { name: 'tag page', path: '/tags/전력/' },
    { name: 'kind page', path: '/kinds/magazine/' },
    { name: 'about', path: '/about/' },
    { name: 'bookshelf', path: '/shelf/' },
    { name: 'creator index', path: '/creators/' },
    { name: 'quotes (none yet)', path: '/quotes/' },
    { name: 'search with results', path: '/search/?q=전력', ready: searchResultsShown },
    { name: '404', path: '/no-such-page/', status: 404 },
  ],
  togglePages: [REAL_POST.path],
});
