/** The sourcing profile of one article: who is quoted (named, anonymous, gender, party), hedges, other media, unattributed claims. */
import { sentenceViews } from '../calls/sentence-view.js';
import { overlapsAny, sortSpans } from '../text/spans.js';
import type { WorkingDocument } from '../pipeline/document.js';
import type { SourcingProfile } from '../types.js';
import { findAnonymousSources } from './anonymous.js';
import { genderFromMentions } from './gender.js';
import { findHedges } from './hedges.js';
import { findMediaAttributions } from './media.js';
import { partyAroundMention } from './party.js';
import { quotedPeople } from './quoted-people.js';
import { unattributedShare } from './unattributed.js';

/** Build the sourcing profile from a document's quotes, entities and text. */
export function buildSourcingProfile(doc: WorkingDocument): SourcingProfile {
  const views = sentenceViews(doc);
  const people = quotedPeople(doc, views);
  const anonymousPhrases = findAnonymousSources(doc, views);
  // Anonymous phrases that are no quotation's speaker are further unnamed sources ("officials said").
  const extraAnonymous = new Set<string>();
  // Sorted once, so that long texts stay linear.
  const speakerSpans = sortSpans(people.anonymous.flatMap((a) => (a.span !== null ? [a.span] : [])));
  for (const phrase of anonymousPhrases) {
    const isSpeaker = overlapsAny(phrase, speakerSpans);
    if (!isSpeaker) extraAnonymous.add(phrase.text.toLowerCase().replace(/^(?:a|an|the|another|one)\s+/, ''));
  }
  for (const known of people.anonymous) extraAnonymous.delete(known.key);
  const mediaAttributions = findMediaAttributions(doc, views);
  const genderOfQuoted = { female: 0, male: 0, unknown: 0 };
  const partyOfQuoted: Record<string, number> = {};
  for (const person of people.named) {
    const gender = person.entity?.gender ?? genderFromMentions(doc.text, views, person.mentions);
    genderOfQuoted[gender ? gender.value : 'unknown']++;
    let party = person.entity?.party;
    for (const mention of person.mentions) {
      if (party) break;
      if (mention.kind !== 'pronoun') party = partyAroundMention(views, mention);
    }
    const key = party ?? 'unknown';
    partyOfQuoted[key] = (partyOfQuoted[key] ?? 0) + 1;
  }
  const unattributed = unattributedShare(doc, views, [...anonymousPhrases, ...mediaAttributions]);
  return {
    namedSources: people.named.length,
    anonymousSources: people.anonymous.length + extraAnonymous.size,
    hedges: findHedges(doc, views),
    mediaAttributions,
    unattributedClaimShare: unattributed.share,
    genderOfQuoted,
    partyOfQuoted,
  };
}
