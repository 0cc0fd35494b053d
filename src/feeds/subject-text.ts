/**
 * The reviewed work as one line of text, for the start of a feed item, so that a feed reader shows what
 * was reviewed before the review: "리뷰한 작품: 매거진 · MIT Technology Review AI와 에너지 호 · 평점 5점
 * 만점에 4점". Labels come from the string table of the site's language.
 */
import type { Strings } from '../i18n/tables';
import type { Subject } from '../schemas/post';

export function subjectText(subject: Subject, rating: number | undefined, strings: Strings): string {
  const { ui, kindLabels, creatorLabels, publisherLabels } = strings;
  const title = subject.issue ? `${subject.title} ${ui.issueName(subject.issue)}` : subject.title;
  const facts = [
    kindLabels[subject.kind],
    title,
    subject.creators?.length ? `${creatorLabels[subject.kind]} ${subject.creators.join(', ')}` : undefined,
    subject.publisher ? `${publisherLabels[subject.kind]} ${subject.publisher}` : undefined,
    subject.year ? String(subject.year) : undefined,
    rating !== undefined ? `${ui.rating} ${ui.ratingValue(rating)}` : undefined,
  ].filter((fact) => fact !== undefined);
  return ui.feedSubject(facts.join(' · '));
}
