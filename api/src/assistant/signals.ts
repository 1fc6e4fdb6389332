/**
 * What the visitor's words say about handing off: an explicit request for a person, or
 * frustration (AFINN sentiment via the `sentiment` library, plus signals it misses: shouting in
 * capitals, "this is useless", repeating the same question, "!!!").
 */
import Sentiment from 'sentiment';
import { contentWords } from '../language/text.js';

const sentiment = new Sentiment();

const explicitRequest = [
  /\b(talk|speak|chat|connect|transfer|put|get)\b[^.?!]{0,40}\b(human|person|agent|someone|somebody|representative|rep|operator|staff|people|customer (service|support)|support team|real person|live (agent|person|chat))\b/i,
  /\b(is there|are there|can i have|i want|i need|i'd like)\b[^.?!]{0,20}\b(a |an |any )?(real |actual |live )?(human|person|agent|representative|operator|people)\b/i,
  /^\s*(human|agent|representative|operator|real person)\s*(please|pls|now)?\s*[.!?]*\s*$/i,
  /\b(actual|real|live|human) (person|human|being|people|agent|staff|rep|representative)\b[^.?!]{0,30}\b(look|help|answer|handle|check|deal|sort|read|take|talk|speak|chat)|\b(look|help|answer|handle|check|deal|sort|talk|speak|chat)\w*\b[^.?!]{0,30}\b(actual|real|live) (person|human|being|people|agent)\b/i,
  /\b(isn't|is not|not|aren't|who's not|who isn't) a (bot|robot|machine|chatbot|ai)\b|\b(rather|prefer( to)?|want to|like to|need to) (speak|talk|chat|deal|sort (this|it) out|discuss (this|it))\b[^.?!]{0,30}\b(with )?(one of )?(your|a|the) (staff|team|people|colleagues|agents|humans|person|employees|support team)\b/i,
  /\b(speak|talk|chat) (to|with) (your|the|a member of (your|the)) (team|staff|support|people)\b/i,
];

const frustratedPhrases =
  /\b(garbage|rubbish|unbelievable|runaround|run around|(going|go|went) (round|around) in circles|had enough|so done|beyond frustrat\w*|frustrat\w*|sick and tired|nothing (works|makes sense)|wasted (my|the whole|an|the entire) (morning|day|afternoon|hour|time)|useless|ridiculous|worst|terrible|awful|pathetic|horrible|unacceptable|waste of (my )?time|not helpful|no help|doesn'?t help|nobody helps|fed up|sick of|so annoyed|annoying|angry|furious|disgusting|scam|joke|stupid bot|you never|asked (\w+ )?(\w+ )?times|already asked|for the (\w+ )?time)\b/i;

export function isExplicitHandoffRequest(text: string): boolean {
  return explicitRequest.some((pattern) => pattern.test(text));
}

function shouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 10) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.7;
}

function similarity(a: string, b: string): number {
  const x = new Set(contentWords(a));
  const y = new Set(contentWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / new Set([...x, ...y]).size;
}

export interface FrustrationReading {
  frustrated: boolean;
  reasons: string[];
}

/** `earlier`: the visitor's previous messages in this conversation, oldest first. */
export function readFrustration(text: string, earlier: string[]): FrustrationReading {
  const reasons: string[] = [];
  const { score } = sentiment.analyze(text);
  if (score <= -4) reasons.push(`very negative sentiment (${score})`);
  if (frustratedPhrases.test(text)) reasons.push('frustrated wording');
  if (shouting(text)) reasons.push('writing in capitals');
  if (
    (text.match(/\b[A-Z]{4,}\b/g) ?? []).filter((w) => !/^(HTTPS?|HTML|JSON|EMEA|GDPR|USPS|ASAP)$/.test(w)).length >=
      1 &&
    /[!?]{2,}/.test(text)
  )
    reasons.push('capitals with "!!"');
  if (/[!?]{3,}/.test(text)) reasons.push('repeated punctuation');
  if (earlier.slice(-5).some((prev) => similarity(prev, text) >= 0.7)) reasons.push('repeated question');
  // Mild negativity alone ("my shoes are damaged") is a support question, not frustration.
  const strong = reasons.filter((r) => !r.startsWith('repeated punctuation'));
  return { frustrated: strong.length > 0 || (reasons.length > 0 && score < 0), reasons };
}
