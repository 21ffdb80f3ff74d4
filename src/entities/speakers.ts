/**
 * Resolves each quotation's speaker phrase to an entity: a name in the phrase; a title that matches a
 * known person ("the attorney general"); a definite description or pronoun ("The nation's top cop",
 * "he") to the most salient compatible person — the speaker just before, else the subject of a recent
 * sentence; unnamed sources ("a senior White House official", "Sessions' spokeswoman") to anonymous
 * entities that keep their description; groups, organizations and documents ("the letter") likewise.
 */
import { hasClass } from '../quotes/phrases.js';
import { lazy, readList } from '../text/lexicon.js';
import { lastBelow, partitionPoint, strictlyInside } from '../text/spans.js';
import { tokenAt, type TextView } from '../text/view.js';
import type { Entity, Quote, Span } from '../types.js';
import { addEntity, addMention, type EntityDraft, type EntityRegistry } from './cluster.js';
import { demonyms, givenNameGender, organizationNouns, parties, roleNouns } from './lexicons.js';
import { isCommonWord } from '../nlp/ner-gazetteer.js';
import type { NameMention } from './names.js';

const MALE_PRONOUNS = new Set(['he', 'him', 'his']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const FEMALE_PRONOUNS = new Set(['she', 'her']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
/** Nouns that make a speaker phrase a document ("the letter stated"): data/lexicons/document-nouns.tsv. */
const documentNouns = lazy(() => new Set(readList('lexicons/document-nouns.tsv')));
const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'few', 'most', 'numerous', 'multiple']);

/** Most tokens between a statement and a pronoun that may still refer to its unnamed or organization speaker. */
const SALIENCE_SPAN = 400;

/** The speaker of the latest resolved statement: its entity, sentence, and the token after its mention and statement. */
interface LastSpeaker {
  draft: EntityDraft;
  sentence: number;
  at: number;
}

/** Everything speaker resolution needs to know about the document. */
export interface SpeakerContext {
  view: TextView;
  registry: EntityRegistry;
  names: readonly NameMention[];
  assigned: Map<NameMention, EntityDraft>;
  /** Quoted spans, so mentions inside quotations are not taken as antecedents. */
  quoted: readonly Span[];
}

function insideQuoted(context: SpeakerContext, offset: number): boolean {
  return strictlyInside(context.quoted, offset);
}

/** Name mentions whose tokens lie within [from, to) (names are sorted by position). */
function namesWithin(context: SpeakerContext, from: number, to: number): NameMention[] {
  const result: NameMention[] = [];
  const lo = partitionPoint(context.names.length, (index) => context.names[index]!.from < from);
  for (let k = lo; k < context.names.length && context.names[k]!.from < to; k++) {
    const n = context.names[k]!;
    if (n.to <= to && context.assigned.has(n)) result.push(n);
  }
  return result;
}

/** The gender the text states, else the one a listed given name suggests ("Graham Norton" is not "she"). */
function genderOf(draft: EntityDraft): 'female' | 'male' | null {
  return draft.entity.gender?.value ?? givenNameGender(draft.words);
}

function compatible(draft: EntityDraft, pronoun: string): boolean {
  const entity = draft.entity;
  if (PLURAL_PRONOUNS.has(pronoun)) return entity.type === 'group' || entity.type === 'organization';
  if (entity.type !== 'person') return false;
  const gender = genderOf(draft);
  if (MALE_PRONOUNS.has(pronoun)) return gender !== 'female';
  if (FEMALE_PRONOUNS.has(pronoun)) return gender !== 'male';
  return true;
}

/** The person that is the subject of a sentence: its first person mention outside quotations, at the start. */
function sentenceSubjects(context: SpeakerContext): Map<number, EntityDraft> {
  const subjects = new Map<number, EntityDraft>();
  for (const mention of context.names) {
    const draft = context.assigned.get(mention);
    if (!draft || draft.entity.type !== 'person') continue;
    const token = context.view.tokens[mention.titleFrom]!;
    if (subjects.has(token.sentence) || insideQuoted(context, token.start)) continue;
    // A possessor ("Sessions' spokeswoman") is not the subject.
    const after = context.view.lower[mention.to];
    if (after === "'s" || after === "'") continue;
    subjects.set(token.sentence, draft);
  }
  return subjects;
}

/** Resolve the speakers of all quotations in order; returns nothing, fills quote.speaker. */
export function resolveSpeakers(context: SpeakerContext, quotes: Quote[]): void {
  const { view } = context;
  const subjects = sentenceSubjects(context);
  let lastSpeaker: LastSpeaker | null = null;
  let lastOrganization: LastSpeaker | null = null;
  let lastGroup: LastSpeaker | null = null;
  const anonymous: DescribedEntities = { byKey: new Map(), firstByHead: new Map() };
  for (const quote of quotes) {
    const mention = quote.speaker.mention;
    if (!mention) {
      // Floating quotations inherit the previous speaker.
      if (quote.source === 'rule:quote/floating-continuation' && lastSpeaker) setSpeaker(quote, lastSpeaker.draft.entity, 'it continues the previous speaker\'s quotation');
      continue;
    }
    const from = tokenAt(view, mention.start);
    const to = tokenAt(view, mention.end - 1) + 1;
    const sentence = view.tokens[from]!.sentence;
    const why: string[] = [];
    let draft = resolvePhrase(context, from, to, sentence, subjects, lastSpeaker, anonymous, why);
    // "Ofcom said … It added …": "it" goes on with an organization or document that has just spoken, and "they"
    // with a group ("the tobacco companies denied … They also said …"), unless another organization is named after
    // its statement.
    const pronoun = to - from === 1 ? view.lower[from]! : '';
    const antecedent: LastSpeaker | null = pronoun === 'it' ? lastOrganization : pronoun === 'they' ? lastGroup : null;
    if (!draft && antecedent && sentence - antecedent.sentence <= 2 && from - antecedent.at <= SALIENCE_SPAN
      && !namesWithin(context, antecedent.at, from).some((n) => context.assigned.get(n)!.entity.type === 'organization' && !insideQuoted(context, view.tokens[n.from]!.start))) {
      const referent: EntityDraft = antecedent.draft;
      draft = referent;
      why.push(`it refers to ${referent.entity.name ?? referent.entity.description}, which spoke just before`);
    }
    // A capitalized word that speaks ("Sessions denied …") is a person.
    if (draft && draft.entity.type === 'other') draft.entity.type = 'person';
    if (draft && to - from === 1 && !draft.entity.gender && draft.entity.type === 'person') {
      // "he said" about a resolved person states their gender.
      const pronoun = view.lower[from]!;
      const value = MALE_PRONOUNS.has(pronoun) ? 'male' : FEMALE_PRONOUNS.has(pronoun) ? 'female' : null;
      if (value) draft.entity.gender = { value, basis: 'stated', evidence: { start: mention.start, end: mention.end } };
    }
    if (draft) {
      if (draft.entity.anonymous) why.push("an unnamed source, marked anonymous");
      const base = quote.reason ?? '';
      setSpeaker(quote, draft.entity, why.length ? `${base}; "${mention.text}": ${why.join('; ')}` : base);
      if (!draft.entity.anonymous) addMention(draft, view, from, to, mentionKind(view, from, to), 'rule:entities/speaker');
      // "an architect who said …": the relative pronoun refers to the same speaker.
      const relative = view.tokens[to]?.norm === ',' ? to + 1 : to;
      if (RELATIVE_PRONOUNS.has(view.lower[relative] ?? '') && relative < tokenAt(view, quote.cue?.start ?? 0)) addMention(draft, view, relative, relative + 1, 'pronoun', 'rule:entities/relative-pronoun');
      // An unnamed source counts too: "a bank spokesman told Reuters. He estimated …" is the spokesman.
      // Names inside the statement itself do not take over from its speaker (`… confirmed Mr Smith was still in post`).
      const at = Math.max(to, tokenAt(view, quote.content.end - 1) + 1);
      if (draft.entity.type === 'person') lastSpeaker = { draft, sentence, at };
      else if (draft.entity.type === 'organization' || draft.entity.type === 'document') lastOrganization = { draft, sentence, at };
      else if (draft.entity.type === 'group') lastGroup = { draft, sentence, at };
    }
  }
}

function mentionKind(view: TextView, from: number, to: number): Entity['mentions'][number]['kind'] {
  if (to - from === 1 && hasClass(view.lower[from]!, 'pron')) return 'pronoun';
  return /^[A-Z]/.test(view.tokens[to - 1]!.norm) ? 'name' : 'description';
}

function setSpeaker(quote: Quote, entity: Entity, reason: string): void {
  quote.speaker.entity = entity.id;
  quote.speaker.name = entity.anonymous ? entity.description ?? entity.name : entity.name;
  quote.speaker.anonymous = entity.anonymous === true;
  if (entity.anonymous && entity.description) quote.speaker.description = entity.description;
  if (reason) quote.reason = reason;
}

/** Per registry: the drafts with a stated title (lower-cased), and by description those whose title ends with it. Titles are final before speakers are resolved. */
const titleMatches = new WeakMap<EntityRegistry, { titled: Array<{ draft: EntityDraft; title: string }>; byWords: Map<string, EntityDraft[]> }>();

/** Drafts whose title ends with `words`, in registry order; computed once per distinct description, so a long text stays linear. */
function titledLike(registry: EntityRegistry, words: string): EntityDraft[] {
  let cache = titleMatches.get(registry);
  if (!cache) {
    const titled = registry.drafts.flatMap((draft) => (draft.entity.title ? [{ draft, title: draft.entity.title.toLowerCase() }] : []));
    titleMatches.set(registry, (cache = { titled, byWords: new Map() }));
  }
  let drafts = cache.byWords.get(words);
  if (!drafts) cache.byWords.set(words, (drafts = cache.titled.filter((t) => t.title.endsWith(words)).map((t) => t.draft)));
  return drafts;
}

/** Resolve one speaker phrase (token range) to an entity draft, creating anonymous or group entities as needed. */
function resolvePhrase(
  context: SpeakerContext,
  from: number,
  to: number,
  sentence: number,
  subjects: Map<number, EntityDraft>,
  lastSpeaker: LastSpeaker | null,
  anonymous: DescribedEntities,
  why: string[],
): EntityDraft | null {
  const { view } = context;
  const head = view.lower[to - 1]!;
  // 1. A name inside the phrase that is its head (not a possessor or a modifier inside "of …").
  // "aides to Marsh", "a spokesman for the campaign", "officials in the department": a role noun before a
  // preposition heads the phrase, and the name after it only qualifies the role.
  const inside = namesWithin(context, from, to);
  // A role word that is part of a name or of a person's title ("Mayor of London Sadiq Khan", "the Duke of Edinburgh") heads nothing.
  const inName = (k: number): boolean => inside.some((n) => (n.titleFrom <= k && k < n.from) || (n.source === 'rule:names/style-of-place' && n.from <= k && k < n.to));
  for (let k = from; k < to - 1; k++) {
    const next = view.lower[k + 1]!;
    if ((ROLE_PREPOSITIONS.has(next) || next === 'familiar' || next === 'close') && roleNouns().has(view.lower[k]!) && (k === from || !/^[A-Z]/.test(view.tokens[k]!.norm)) && !inName(k)) {
      return roleHeaded(context, anonymous, from, to, k, why);
    }
  }
  // "Several MPs said": a capitalized plural role is no name; nor is a plural common noun that opens the sentence
  // ("Ministers said", "Figures show"), unless it is also written capitalized elsewhere and so known as a name.
  const plainPlural = commonPluralAt(context, inside, from, to);
  const headName = plainPlural ? undefined : inside.find((n) => n.to === to && !(n.to - n.from === 1 && roleNouns().get(view.lower[n.from]!)?.plural));
  // "Conservatives said": a party's members are a group, not a person (a party typed as an organization stays one).
  if (headName && headName.to - headName.from === 1 && context.assigned.get(headName)!.entity.type !== 'organization' && /s$/.test(view.tokens[headName.from]!.norm) && parties().get(view.tokens[headName.from]!.norm)?.kind === 'noun') {
    return groupEntity(context, anonymous, 'group', view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end), false, from, to);
  }
  if (headName) {
    const draft = context.assigned.get(headName)!;
    // "Rep. Jason Chaffetz of Utah": a place after "of" qualifies the person before it; so does an organization
    // after "of", "at" or "from" ("Dr Jeremy Philpott of the UK Patent Office").
    // The preposition may stand a few modifiers before the organization ("of the Swiss research group MiraLab").
    let link = headName.from - 1;
    while (link >= from && headName.from - link <= 5 && !ORGANIZATION_LINKS.has(view.lower[link]!)) link--;
    const qualifies = draft.entity.type === 'place' || (draft.entity.type === 'organization' && link >= from && ORGANIZATION_LINKS.has(view.lower[link]!));
    const before = draft.entity.type === 'place' ? headName.from : link;
    const person = qualifies ? [...inside].reverse().find((n) => n !== headName && n.to <= before && context.assigned.get(n)!.entity.type === 'person' && view.lower[n.to] !== "'s" && view.lower[n.to] !== "'") : undefined;
    return person ? context.assigned.get(person)! : draft;
  }
  // 2. A pronoun: the most salient compatible entity.
  if (to - from === 1 && hasClass(head, 'pron')) {
    if (head === 'i' || head === 'we' || head === 'you' || head === 'it') return null;
    return salient(context, from, sentence, head, subjects, lastSpeaker, why);
  }
  const first = view.lower[from]!;
  const description = view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end);
  const possessor = inside.find((n) => view.lower[n.to] === "'s" || view.lower[n.to] === "'");
  const role = roleNouns().get(head) ?? roleNouns().get(`${view.lower[to - 2] ?? ''} ${head}`);
  // 3. Documents: "the letter stated", "a poll shows".
  if (documentNouns().has(head)) return groupEntity(context, anonymous, 'document', description, false, from, to);
  // 4. A definite title that matches a known person: "the attorney general", "The president".
  if ((first === 'the' || first === 'this') && !possessor) {
    const phraseWords = description.toLowerCase().replace(/^(the|this)\s+/, '');
    const titled = titledLike(context.registry, phraseWords).filter((d) => d.entity.type === 'person' && d.positions[0]! < from);
    if (titled.length) {
      const best = titled.reduce((a, b) => (lastBelow(a.positions, from) > lastBelow(b.positions, from) ? a : b));
      why.push(`the title matches ${best.entity.name}'s stated title, ${best.entity.title}`);
      return best;
    }
    // "The US firm said", "the company said": the organization named most recently, within a few sentences.
    // Only places and nationalities may modify the noun ("The US firm", "The Swedish company"): any other
    // word changes what is meant ("the central bank", "the new company"), and a name inside names its own organization.
    if (organizationNouns().has(head) && onlyPlaceModifiers(context, inside, from + 1, to - 1)) {
      // "The party said": only a party will do (Labour, UKIP, "the Green Party"), not the last organization of any kind.
      const organization = recentOrganization(context, from, sentence, head === 'party' ? isPartyName : undefined);
      if (organization) {
        why.push(`it refers to ${organization.entity.name}, the organization named most recently`);
        return organization;
      }
    }
    // An earlier anonymous source with the same head noun: "a senior official … the official said".
    const sameHead = anonymous.firstByHead.get(head);
    if (sameHead) return sameHead;
    // An age for a person named before ("the 34-year-old would not reveal …"): the salient person.
    if (/^the [0-9]{1,3}-year-old$/i.test(description)) return salient(context, from, sentence, head, subjects, lastSpeaker, why);
    // A definite plural role ("the tobacco companies", "the analysts"): an unnamed group.
    if (role?.plural && !possessor) return groupEntity(context, anonymous, 'group', description, true, from, to);
    // A singular definite role description ("The nation's top cop"): the salient person.
    // A role of no stated gender ("the Salford MP") matches a person of either; "he" would rule out a woman.
    if (role && !role.plural && !role.source) return salient(context, from, sentence, role.gender === 'female' ? 'she' : role.gender === 'male' ? 'he' : head, subjects, lastSpeaker, why);
  }
  // 5. Unnamed sources: "a senior White House official", "Sessions' spokeswoman", "sources", "officials".
  if (role && (INDEFINITE.has(first) || possessor || role.source || !hasClass(first, 'det'))) {
    const named = view.tokens[to - 1]!.norm.charAt(0) !== view.tokens[to - 1]!.norm.charAt(0).toLowerCase();
    if (named && !possessor && !role.plural) return null;
    const type = role.plural ? 'group' : 'person';
    const draft = groupEntity(context, anonymous, type, description, true, from, to);
    if (role.gender && !draft.entity.gender) draft.entity.gender = { value: role.gender, basis: 'stated', evidence: { start: view.tokens[to - 1]!.start, end: view.tokens[to - 1]!.end } };
    return draft;
  }
  // 6. An organization or group named in the phrase ("The Democrats on the House Judiciary committee", "CNN").
  if (inside.length) {
    const last = inside[inside.length - 1]!;
    const draft = context.assigned.get(last)!;
    if (draft.entity.type === 'organization' && last.to === to) return draft;
    return groupEntity(context, anonymous, 'group', description, INDEFINITE.has(first) || plainPlural, from, to);
  }
  // A capitalized group ("Democrats"); other common nouns ("The revelation") name no entity.
  if (/^[A-Z]/.test(view.tokens[to - 1]!.norm)) return groupEntity(context, anonymous, 'group', description, INDEFINITE.has(first) || plainPlural, from, to);
  return null;
}

/**
 * The phrase [from, to) is one sentence-initial word, a plural common English noun ("Ministers", "Figures",
 * "Investors") that the rules could not type and the text never writes capitalized inside a sentence.
 */
function commonPluralAt(context: SpeakerContext, inside: readonly NameMention[], from: number, to: number): boolean {
  const { view } = context;
  const word = view.lower[from]!;
  if (to - from !== 1 || from !== view.sentenceFirst[view.tokens[from]!.sentence] || !/^[a-z]{3,}[^s]s$/.test(word) || !isCommonWord(word)) return false;
  const name = inside.find((mention) => mention.from === from);
  const draft = name ? context.assigned.get(name) : undefined;
  return draft !== undefined && draft.entity.type === 'other' && draft.entity.mentions.every((mention) => tokenAt(view, mention.start) === view.sentenceFirst[view.tokens[tokenAt(view, mention.start)]!.sentence]);
}

/** Prepositions after which an organization qualifies the person named before it ("Jane Doe of Acme"). */
const ORGANIZATION_LINKS = new Set(['of', 'at', 'from']);

const ROLE_PREPOSITIONS = new Set(['to', 'for', 'in', 'at', 'with', 'of', 'inside', 'within', 'from']);

/** A phrase headed by a role noun ("two aides to Marsh"): an unnamed source, or a group when plural. */
function roleHeaded(context: SpeakerContext, anonymous: DescribedEntities, from: number, to: number, head: number, why: string[]): EntityDraft | null {
  const { view } = context;
  const role = roleNouns().get(view.lower[head]!)!;
  const first = view.lower[from]!;
  // "The chairman of the committee" is a definite description of a named person, resolved elsewhere.
  if ((first === 'the' || first === 'this') && !role.source) return null;
  const description = view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end);
  why.push(`the phrase is headed by "${view.tokens[head]!.norm}", not by a name`);
  const draft = groupEntity(context, anonymous, role.plural ? 'group' : 'person', description, true, from, to);
  if (role.gender && !draft.entity.gender) draft.entity.gender = { value: role.gender, basis: 'stated', evidence: { start: view.tokens[head]!.start, end: view.tokens[head]!.end } };
  return draft;
}

/**
 * Anonymous sources, groups and documents of one article by their description's key (lower case, without
 * a leading article), and the first of them by the key's last word ("official" for "senior official").
 */
interface DescribedEntities {
  byKey: Map<string, EntityDraft>;
  firstByHead: Map<string, EntityDraft>;
}

/** An anonymous source, a group or a document, shared by all phrases with the same description. */
function groupEntity(context: SpeakerContext, anonymous: DescribedEntities, type: Entity['type'], description: string, unnamed: boolean, from: number, to: number): EntityDraft {
  const key = description.toLowerCase().replace(/^(a|an|the|one|some)\s+/, '').replace(/\u2019/g, "'");
  let draft = anonymous.byKey.get(key);
  if (!draft) {
    draft = addEntity(context.registry, type, description, []);
    if (unnamed && type !== 'document') {
      draft.entity.anonymous = true;
      draft.entity.description = description;
    }
    anonymous.byKey.set(key, draft);
    const head = key.slice(key.lastIndexOf(' ') + 1);
    if (!anonymous.firstByHead.has(head)) anonymous.firstByHead.set(head, draft);
  }
  addMention(draft, context.view, from, to, 'description', 'rule:entities/description');
  return draft;
}

/** Tokens [from, to) are all inside place names or are nationality words. */
function onlyPlaceModifiers(context: SpeakerContext, inside: readonly NameMention[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (demonyms().has(context.view.tokens[k]!.norm)) continue;
    if (inside.some((n) => n.from <= k && k < n.to && context.assigned.get(n)!.entity.type === 'place')) continue;
    return false;
  }
  return true;
}

/** A name of unknown type that may be an organization: two words or more, or one word that is no common English word ("Shares", "Analysts" open sentences). */
function possibleOrganizationName(context: SpeakerContext, mention: NameMention): boolean {
  if (mention.to - mention.from >= 2) return true;
  const word = context.view.tokens[mention.from]!.norm;
  return /^\p{Lu}[\p{L}&.-]+$/u.test(word) && !isCommonWord(word.toLowerCase());
}

/** A person only because the statistical model said so: no title, party, stated gender or given-name rule. */
function typedByModelOnly(entity: Entity): boolean {
  if (entity.title || entity.party || entity.state || entity.gender) return false;
  return entity.mentions.length > 0 && entity.mentions.every((mention) => mention.source.startsWith('model:') || mention.source === 'rule:names/capitalized-run');
}

/** A party's name: a listed party word ("Labour", "Tories") or a name ending in "Party". */
function isPartyName(entity: Entity): boolean {
  const name = entity.name ?? '';
  return parties().has(name) || /\bParty$/.test(name);
}

/**
 * The organization named most recently before token `at`, within the three sentences before it. A name
 * of unknown type ("Time Warner reported …") that the text then calls "the company" is an
 * organization, and is typed so. `accept` narrows the kind ("the party": a party).
 */
function recentOrganization(context: SpeakerContext, at: number, sentence: number, accept: (entity: Entity) => boolean = () => true): EntityDraft | null {
  const { view } = context;
  const candidates = namesWithin(context, view.sentenceFirst[Math.max(0, sentence - 3)]!, at);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const draft = context.assigned.get(candidates[k]!)!;
    if (insideQuoted(context, view.tokens[candidates[k]!.from]!.start)) continue;
    const mention = candidates[k]!;
    // The organization a story talks about is named more than once; a name seen once is too weak a referent.
    if (draft.positions.length < 2) continue;
    if ((draft.entity.type === 'other' && possibleOrganizationName(context, mention)) || (draft.entity.type === 'person' && typedByModelOnly(draft.entity))) draft.entity.type = 'organization';
    if (draft.entity.type === 'organization' && accept(draft.entity)) return draft;
  }
  return null;
}

/** The most salient entity a pronoun or definite description refers to. */
function salient(context: SpeakerContext, at: number, sentence: number, pronoun: string, subjects: Map<number, EntityDraft>, lastSpeaker: LastSpeaker | null, why: string[]): EntityDraft | null {
  const { view } = context;
  // The subject of the same sentence, before the pronoun ("Sen. Al Franken … said he …, he said").
  const own = subjects.get(sentence);
  const ownPosition = own ? lastBelow(own.positions, at) : -1;
  if (own && ownPosition >= 0 && view.tokens[ownPosition]!.sentence === sentence && compatible(own, pronoun)) {
    why.push(`it refers to ${own.entity.name}, the subject of the same sentence`);
    return own;
  }
  // The speaker just before, when recent.
  // An unnamed source stays salient only until a person is named after it ("A UKIP spokesman said … The documentary
  // showed … Mr Kilroy-Silk … He denied …" is Kilroy-Silk).
  const recent = lastSpeaker !== null && sentence - lastSpeaker.sentence <= 3;
  // (Past SALIENCE_SPAN tokens it counts as overtaken, so that one long sentence is not read again for each pronoun.)
  const overtaken = recent && lastSpeaker.draft.entity.anonymous === true && lastSpeaker.at < at && (at - lastSpeaker.at > SALIENCE_SPAN || namesWithin(context, lastSpeaker.at, at).some((n) => ['person', 'other'].includes(context.assigned.get(n)!.entity.type) && !insideQuoted(context, context.view.tokens[n.from]!.start)));
  if (lastSpeaker && recent && !overtaken && compatible(lastSpeaker.draft, pronoun)) {
    why.push(`it refers to ${lastSpeaker.draft.entity.name}, the speaker just before`);
    return lastSpeaker.draft;
  }
  // The subject of a recent sentence.
  for (let s = sentence - 1; s >= Math.max(0, sentence - 4); s--) {
    const subject = subjects.get(s);
    if (subject && compatible(subject, pronoun)) {
      why.push(`it refers to ${subject.entity.name}, the subject of a recent sentence`);
      return subject;
    }
  }
  // The most recent compatible person named within a few sentences (walking back over the sorted names).
  const firstToken = view.sentenceFirst[Math.max(0, sentence - 3)]!;
  const candidates = namesWithin(context, firstToken, at);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const draft = context.assigned.get(candidates[k]!)!;
    if (compatible(draft, pronoun) && !insideQuoted(context, view.tokens[candidates[k]!.from]!.start)) {
      why.push(`it refers to ${draft.entity.name}, the closest person named before it`);
      return draft;
    }
  }
  return null;
}
