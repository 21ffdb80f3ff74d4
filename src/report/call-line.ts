/** One call to act as a line of text, the same in the article report and the corpus commands. */

/** What a call line shows: actor and target names (null when unknown), the action and its qualifiers. */
export interface CallLineParts {
  actor: string | null;
  target: string | null;
  action: string;
  negated: boolean;
  conditional: boolean;
  stance: 'for' | 'against';
}

/**
 * "Actor → Target: action (qualifiers)". The action is written as the text gives it (a verb phrase,
 * "resign", or a noun phrase, "an immediate criminal investigation"), so no verb is put before it.
 */
export function callLine(call: CallLineParts): string {
  const flags = [call.negated ? 'negated' : '', call.conditional ? 'conditional' : '', call.stance === 'against' ? 'against' : ''].filter(Boolean).join(', ');
  return `${call.actor ?? '?'} → ${call.target ?? '?'}: ${call.negated ? 'not ' : ''}${call.action}${flags ? ` (${flags})` : ''}`;
}
