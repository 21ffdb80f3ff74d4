/** Sourcing across a corpus: profiles of many articles summed, with the unattributed share averaged over articles. */
import type { SourcingProfile } from '../types.js';

/** A corpus-level sourcing summary. */
export interface CorpusSourcing {
  articles: number;
  namedSources: number;
  anonymousSources: number;
  /** Share of all sources that are anonymous (0 when there are none). */
  anonymousShare: number;
  hedges: number;
  distancing: number;
  mediaAttributions: Record<string, number>;
  /** Mean over articles of each article's unattributed-claim share. */
  meanUnattributedClaimShare: number;
  genderOfQuoted: { female: number; male: number; unknown: number };
  partyOfQuoted: Record<string, number>;
}

/** Sum sourcing profiles into one corpus summary. */
export function aggregateSourcing(profiles: readonly SourcingProfile[]): CorpusSourcing {
  const summary: CorpusSourcing = { articles: profiles.length, namedSources: 0, anonymousSources: 0, anonymousShare: 0, hedges: 0, distancing: 0, mediaAttributions: {}, meanUnattributedClaimShare: 0, genderOfQuoted: { female: 0, male: 0, unknown: 0 }, partyOfQuoted: {} };
  let shareSum = 0;
  for (const profile of profiles) {
    summary.namedSources += profile.namedSources;
    summary.anonymousSources += profile.anonymousSources;
    for (const hedge of profile.hedges) summary[hedge.kind === 'hedge' ? 'hedges' : 'distancing']++;
    for (const media of profile.mediaAttributions) summary.mediaAttributions[media.outlet] = (summary.mediaAttributions[media.outlet] ?? 0) + 1;
    shareSum += profile.unattributedClaimShare;
    summary.genderOfQuoted.female += profile.genderOfQuoted.female;
    summary.genderOfQuoted.male += profile.genderOfQuoted.male;
    summary.genderOfQuoted.unknown += profile.genderOfQuoted.unknown;
    for (const [party, count] of Object.entries(profile.partyOfQuoted)) summary.partyOfQuoted[party] = (summary.partyOfQuoted[party] ?? 0) + count;
  }
  const sources = summary.namedSources + summary.anonymousSources;
  summary.anonymousShare = sources === 0 ? 0 : Math.round((summary.anonymousSources / sources) * 1000) / 1000;
  summary.meanUnattributedClaimShare = profiles.length === 0 ? 0 : Math.round((shareSum / profiles.length) * 1000) / 1000;
  return summary;
}
