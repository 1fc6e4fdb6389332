/**
 * What the admin's behaviour instructions say that the offline assistant can act on without a
 * language model: topics to stay away from ("Never discuss X", "Don't answer questions about
 * Y", "Always hand off when Z") become handoff topics. A language model reads the whole text.
 */

const avoidLead =
  /\b(?:never|don't|do not|dont|avoid|refuse to|must not|should not|shouldn't)\s+(?:ever\s+)?(?:discuss(?:ing)?|talk(?:ing)? about|answer(?:ing)?(?: any)? questions? (?:about|on|regarding)|comment(?:ing)? on|give (?:any )?(?:advice|information|answers?) (?:about|on)|speculate (?:about|on)|(?:get|getting) into|mention(?:ing)?|engage (?:in|with)|handle|deal with)\s+(.+)/i;
const adviceLead =
  /\b(?:never|don't|do not|dont|must not|should not)\s+(?:give|offer|provide)\s+(?:any\s+)?([\w\s-]{3,40}?\s+advice)\b/i;
const handOffLead =
  /\b(?:always\s+)?(?:hand(?:\s|-)?(?:off|over)|transfer|escalate|pass|route|send|refer)\s+(?:(?:any|all|the)\s+)?(?:questions?|chats?|conversations?|requests?|anything|visitors?|people|customers?|them)?\s*(?:to (?:a person|a human|the team|our team|an agent|support|a teammate|staff)\s+)?(?:about|on|regarding|concerning|involving|that mention|mentioning|asking about|when (?:they|someone|a visitor|the visitor|a customer) (?:asks?|mentions?|talks?) about|when|if)\s+(.+)/i;

function cleanTopic(raw: string): string {
  return raw
    .split(
      /[.;:!?\n]|\s[—–-]\s|,?\s+(?:and|but|instead)?\s*(?:hand|pass|transfer|send|refer|escalate|route)\s+(?:those|them|these|it|that|such)\b|,?\s+(?:those|these) go to\b|\s+to (?:a person|a human|the team|our team|an agent)\b/i,
    )[0]!
    .replace(
      /^(?:the |a )?(?:visitors?|customers?|users?|someone|they|people)\s+(?:mentions?|asks?(?: about)?|talks? about|wants?|needs?|brings? up|raises?)\s+/i,
      '',
    )
    .replace(
      /^(?:about|on|the topic of|topics? like|anything (?:about|related to|to do with)|questions? about)\s+/i,
      '',
    )
    .replace(/\s+(?:with|to) (?:visitors|customers|users|anyone)\b.*$/i, '')
    .trim();
}

/** The topics the instructions tell the assistant to avoid or hand off, as written there. */
export function topicsFromInstructions(instructions: string): string[] {
  const found: string[] = [];
  for (const sentence of instructions.split(/(?<=[.!?])\s+|\n+/)) {
    const match = adviceLead.exec(sentence) ?? avoidLead.exec(sentence) ?? handOffLead.exec(sentence);
    const topic = match?.[1] ? cleanTopic(match[1]) : '';
    if (topic.length >= 3 && topic.length <= 120 && !found.includes(topic)) found.push(topic);
  }
  return found;
}
