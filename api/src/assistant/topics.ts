/**
 * The sensitive topics the assistant must not handle itself (the product description's list):
 * each has a key, a name people read, a description (given to a language model) and a
 * detector for the offline assistant. Detectors look for the shape of the situation — a
 * payment the visitor did not make, a change to *their* order or account, a personal health
 * disclosure, a legal threat, a return with an exception — not for one keyword, so a question
 * *about* the policy ("how do I change my email?") still gets an answer from the docs.
 */

export type BuiltInTopicKey = 'fraud' | 'account_change' | 'health_safety' | 'legal' | 'complex_return';

export interface BuiltInTopic {
  key: BuiltInTopicKey;
  name: string;
  description: string;
  detect(text: string): boolean;
}

const any =
  (...patterns: RegExp[]) =>
  (text: string) =>
    patterns.some((p) => p.test(text));

const firstPerson = String.raw`(?:\bi\b|\bi'm\b|\bim\b|\bi've\b|\bmy\b|\bme\b|\bwe\b|\bour\b|\bus\b)`;
const personal = (term: string) =>
  new RegExp(String.raw`${firstPerson}[^.?!]{0,60}${term}|${term}[^.?!]{0,30}${firstPerson}`, 'i');

const fraud = any(
  /\b(fraud|fraudulent|phishing|identity theft|scammed|scammer|scam (e-?mail|text|call|message|site|website|link))\b/i,
  /\bunauthori[sz]ed\b/i,
  /\b(without|w\/o)\s+(my|our|his|her)?\s*(consent|permission|authori[sz]ation|knowledge|approval)\b/i,
  /\b(charges?|payments?|transactions?|purchases?|orders?|debits?)\b[^.?!]{0,40}\b(i|we)\s+(do not|don't|dont|did not|didn't|didnt|never)\s+(recogni[sz]e|make|made|place|placed|authori[sz]e|authori[sz]ed|buy|bought|order|ordered)\b/i,
  /\b(i|we)\s+(do not|don't|dont|did not|didn't|didnt|never)\s+(recogni[sz]e|authori[sz]e|authori[sz]ed)\b[^.?!]{0,40}\b(charges?|payments?|transactions?|purchases?|orders?|debits?)\b/i,
  /\b(hacked|hijacked|compromised|taken over|broken into)\b/i,
  /\b(someone|somebody|a stranger|another person)\b[^.?!]{0,40}\b(used|charged|accessed|logged|got into|ordered|took|bought|changed)\b[^.?!]{0,40}\b(my|our)\b/i,
  /\b(stolen|stole)\b[^.?!]{0,30}\b(card|identity|account|details|password|money)\b|\b(card|identity|account|details|password)\b[^.?!]{0,20}\b(stolen|was stolen)\b/i,
  /\b(i|we)\s+(do not|don't|dont|did not|didn't|didnt|never)\s+(authori[sz]e|authori[sz]ed|approve|approved|agree to|agreed to|sign up for|signed up for)\b/i,
  /\bnobody (here |in our team |on our team )?(upgraded|ordered|authori[sz]ed|bought|signed up|approved|made (it|this|that))\b/i,
  /\b(pretending to be|impersonat\w*|fake (site|website|e-?mail|text|invoice|page|link|account)|look(s|ed)? like (yours|you|it'?s from you)|claim(s|ing)? to be (from )?(you|your))\b/i,
  /\b(text|e-?mail|message|call|sms|link|site|website|page)\b[^.?!]{0,80}\b(confirm|verify|enter|update|give)\b[^.?!]{0,20}\b(my |your |our )?(card|bank|account|password|login|details|payment)\b/i,
  /\b(wasn't|was not|wasnt|isn't|not) (me|us)\b[^.?!]{0,40}\b(charge|order|payment|purchase|login|sign-?in)|\b(charge|order|payment|purchase|login|sign-?in)[^.?!]{0,40}\b(wasn't|was not|wasnt|not) (me|us)\b/i,
);

const changeVerb = String.raw`(change|chang|update|modify|correct|edit|amend|fix|switch|move|transfer|add|remove|replace|swap|cancel|reschedule|rebook|upgrade|downgrade|merge|delete|close|refund|backdate|make|set|assign|grant|reset|reactivate|unlock|extend)`;
const personalObject = String.raw`(address|e-?mail|phone|number|name|order|booking|reservation|subscription|plan|account|payment|card|billing|invoice|username|login|date|traveller|traveler|passenger|seat|flight|appointment|delivery|shipment|parcel|package|seats|licen[cs]es?|users?|owner|admin|workspace|password|monthly|yearly|annual)`;
const identifier =
  /(#\s?[a-z0-9-]{3,}|\b(order|booking|reservation|invoice|account|ticket|ref|reference|confirmation|policy|claim|case)\s*(number|no\.?|num|id|code|#)?\s*[:#]?\s*[a-z]*\d[a-z0-9-]{2,}|\b[a-z]{0,4}-?\d{4,}\b|[\w.+-]+@[\w-]+\.[\w.]+)/i;
const agentDirected = new RegExp(
  String.raw`^\s*(please |pls |plz |kindly )?${changeVerb} (us|me|my|our|the|it|them)\b|\b(can|could|would|will) (you|someone|somebody|your team)\b[^.?!]{0,15}\b${changeVerb}|\b(please|pls|plz)\b[^.?!]{0,10}\b${changeVerb}|\b(i|we) (need|want|would like|'d like|d like) (you|someone|your team) to\b|\b(need|want|like) (it|this|that|them|mine|my \w+( \w+)?) (to be )?(changed|updated|corrected|moved|cancell?ed|switched|fixed)\b|\b${changeVerb}\w* (it|them|this|that) to\b|\b(wrong|incorrect|old|misspelled|typo in( the)?|mistake (in|on)( the)?)\s+(delivery |shipping |billing |e-?mail |home )?(address|e-?mail|name|phone|number|date)\b`,
  'i',
);
const selfService =
  /\b(how (do|can|would|should) (i|we|you)|is it possible to|where (do|can) i|can i|is there a way to|what happens if)\b/i;
const accountChange = (text: string): boolean => {
  const mentionsChange =
    new RegExp(String.raw`\b${changeVerb}\w*\b`, 'i').test(text) &&
    new RegExp(String.raw`\b${personalObject}\b`, 'i').test(text);
  if (
    !mentionsChange &&
    !/\b(wrong|incorrect|old) (delivery |shipping |billing |e-?mail )?(address|e-?mail)\b/i.test(text)
  )
    return false;
  if (identifier.test(text)) return true;
  if (agentDirected.test(text)) return true;
  return (
    /\b(my|our) (current |existing |recent |last |latest )?(order|booking|reservation|subscription|account|appointment)\b/i.test(
      text,
    ) &&
    !selfService.test(text) &&
    new RegExp(
      String.raw`\b(need|want|have) to ${changeVerb}|\b${changeVerb}\w* (the|my|our) (delivery |shipping |billing |e-?mail )?(address|e-?mail|name|phone|date|card)\b`,
      'i',
    ).test(text)
  );
};

const healthSafety = any(
  /\b(injur(y|ies|ed)|allergic reaction|anaphyla\w*|hospitali[sz]ed|in (the )?hospital|emergency room|\ba&e\b|chest pains?|seizures?|suicid\w*|self-harm|overdos\w*|caught fire|on fire|burst into flames|explod\w*|electric(al)? shock|electrocut\w*|poison\w*|bleeding|blood|fainted|passed out|choking|choked|unconscious|concussion)\b/i,
  /\b(burn(ed|t|s)?|cut|hurt|bruised|broke|sprained|twisted|injured|blister\w*)\b[^.?!]{0,20}\b(myself|himself|herself|themselves|son|daughter|child|kid|baby|foot|feet|toes?|ankle|hand|finger|skin|leg|arm|back|knee|heel|face|eye)\b/i,
  /\b(smok(e|ing)|sparks?|sparking|overheat\w*|melt\w*|fumes)\b[^.?!]{0,40}\b(charger|battery|device|unit|cable|plug|product|it|outlet)\b|\b(charger|battery|device|unit|cable|plug|product)\b[^.?!]{0,30}\b(smok(e|ing)|sparks?|sparking|overheat\w*|melt\w*|fumes)\b/i,
  /\b(safety (hazard|issue|concern|risk|problem|recall)|dangerous|unsafe|toxic|fire hazard)\b/i,
  personal(
    String.raw`\b(pregnan\w*|diabet\w*|asthma\w*|epilep\w*|heart (condition|problems?|disease)|medical (condition|history|issue|problem)|health (condition|issue|problem)|medications?|medicines?|prescri\w*|immunocompromised|immune system|chemo\w*|cancer|surgery|operation|disabilit\w*|disabled|wheelchair|allerg\w*|side effects?|symptoms?|rash|hives|swelling|swollen|dizz\w*|nause\w*|vomit\w*|fever|infection|diagnos\w*|mental health|anxiety|depress\w*|hiv|blood pressure|breastfeeding|doctor|gp|nurse|clinic visit|illness|ill|sick|unwell|pain|painful|hurts|aching)\b`,
  ),
);

const legal = any(
  /\b(lawyers?|attorneys?|solicitors?|legal (action|team|department|notice|advice|proceedings|steps)|lawsuits?|sue|suing|sued|small claims|court|tribunal|cease and desist|litigation|class action)\b/i,
  /\b(trading standards|consumer (protection|rights|affairs|council|ombudsman|authority|agency)|ombudsman|better business bureau|\bbbb\b|\bftc\b|attorney general|regulator|data protection (authority|officer)|\bico\b|subject access request|right to (be forgotten|erasure))\b/i,
  /\b(gdpr|ccpa|data protection)\b[^.?!]{0,60}\b(request|delete|erase|remove|copy of)\b[^.?!]{0,40}\b(my|our|all) (personal )?(data|information|details)\b|\b(delete|erase|remove)\b[^.?!]{0,20}\ball (of )?(my|our) (personal )?(data|information)\b/i,
  /\b(formal|official|written) complaint\b|\b(file|lodge|make|submit|raise|open|escalate)\w* (a |an |my )?(formal |official )?complaint\b|\bi (want|wish|would like|'d like|d like) to complain\b|\bcomplain(ing)? (to|about) (your|the) (manager|management|ceo|company|owner)/i,
  /\b(report|reporting) (you|your company|this company|this|it) to\b/i,
  /\bdisput\w*\b[^.?!]{0,60}\bwith ((my|the|our) )?(bank|card|credit card( company)?|card (issuer|company)|amex|american express|visa|mastercard|paypal)\b/i,
  /\b(file|open|raise|start|lodge)\w* (a |an )?(dispute|claim|chargeback) with (my|the|our) (bank|card|credit card|card issuer|paypal)\b/i,
  /\b(charge-?backs?|(do|file|issue|request|start|open) a charge ?back|defamation|negligen\w*|liable|liability|breach of contract|my rights as a consumer)\b/i,
);

const returnDomain =
  /\b(return\w*|refund\w*|credit(ed)?|prorat\w*|send (it|them|this|these|those|something|stuff|items?|back)\b|sent (it|them|this|these|those)?\s*back|ship (it|them) back|mail(ed)? (it|them) back|exchang\w*|money back|reimburs\w*|store credit)\b/i;
const returnComplexity = [
  /\b(after|past|beyond|outside( of)?|over|exceed\w*|more than|longer than|expired|missed|late for|too late)\b[^.?!]{0,25}\b(the )?(\d+|thirty|sixty|ninety|fourteen)?[- ]?(days?|weeks?|months?|window|deadline|period|return (period|window|date)|limit|time ?frame|policy)\b/i,
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|many) (months?|years?) ago\b|\blast (year|summer|winter|spring|autumn|fall)\b|\b([5-9]|\d\d|five|six|seven|eight|nine|ten|several) weeks ago\b/i,
  /\bcan (i|we) still (return|send|get (a |my )?refund|exchange|get (my )?money)\b/i,
  /\b(no|without (a |the |any )?|lost (the |my )?|threw away (the |my )?|don't have (the |a |my )?|dont have (the |a |my )?|do not have (the |a |my )?)(original )?(receipt|proof of purchase|order confirmation|packaging|box|tags?|labels?)\b/i,
  /\b(worn|wore|used|washed|opened|assembled|installed|damaged by me|altered)\b[^.?!]{0,30}\b(a few times|several times|twice|once|already|outside|for a (week|month|while))\b|\b(already|have) (worn|used|washed|opened)\b/i,
  /\b(lost|never (arrived|got there|reached)|went missing|got lost|disappeared)\b[^.?!]{0,40}\b(return\w*|parcel|package|post|mail|transit|warehouse|back)\b|\b(return\w*|parcel|package)\b[^.?!]{0,80}\b(lost|never (arrived|got there|reached)|went missing|got lost|disappeared|hasn't moved|not moved)\b/i,
  /\b(charged|billed)\b[^.?!]{0,40}\b(again|twice|for all|for the old|still)\b[^.?!]{0,80}\b(credit|refund|money)\b/i,
  /\b(returned|sent (it |them |everything |the \w+ )?back|shipped (it |them )?back|mailed (it |them )?back|dropped (it |them )?off)\b[^.?!]{0,80}\b(but|still|never|haven't|havent|hasn't|hasnt|no refund|nothing|only)\b/i,
  /\b(only|partial(ly)?|half|part of)\b[^.?!]{0,20}\b(refund\w*|reimburs\w*|credit\w*|money)\b|\brefund\w*[^.?!]{0,20}\b(only|partial|short|missing|less than|wrong amount)\b/i,
  /\b(different|another|new|other|old|expired|closed|cancell?ed)\s+(credit |debit |bank )?(card|account|payment method)\b/i,
  /\b(some|part|half|one|two|three|several) of (the|my|our|them|these|those)\b[^.?!]{0,40}\b(items?|order|pairs?|products?|things|parts?)\b|\b(mixed|combined|split|separate) (order|shipments?|packages?)\b/i,
  /\b(bought|purchased|ordered) (it |them )?(from|through|via|at) (a |an |another |the )?(store|shop|retailer|reseller|marketplace|amazon|ebay|dealer|third[- ]party|partner)\b/i,
  /\b(exception|make an exception|special case|bend the rules)\b/i,
];
const complexReturn = (text: string): boolean =>
  returnDomain.test(text) && returnComplexity.filter((p) => p.test(text)).length >= 1;

export const builtInTopics: readonly BuiltInTopic[] = [
  {
    key: 'fraud',
    name: 'Fraud or unauthorised payments',
    description:
      'charges, orders or logins the visitor did not make, a stolen card or identity, a hacked account, phishing or scams using the company name',
    detect: fraud,
  },
  {
    key: 'account_change',
    name: 'Changes to a specific account or order',
    description:
      "asking the team to change something on the visitor's own account, order, booking or subscription (address, e-mail, name, items, dates, payment card)",
    detect: accountChange,
  },
  {
    key: 'health_safety',
    name: 'Health or safety',
    description:
      "the visitor's own health information, an injury or allergic reaction, or a product that is unsafe (fire, smoke, electric shock)",
    detect: healthSafety,
  },
  {
    key: 'legal',
    name: 'Legal threats and complaints',
    description:
      'lawyers, lawsuits, formal complaints, chargebacks, reports to regulators or consumer authorities, data-protection requests',
    detect: legal,
  },
  {
    key: 'complex_return',
    name: 'Complex returns and refunds',
    description:
      'returns or refunds with an exception or several problems: outside the window, no receipt, used items, a lost return, partial refunds, refunds to another card, mixed orders',
    detect: complexReturn,
  },
];

const builtInByKey = new Map(builtInTopics.map((t) => [t.key as string, t]));

export function isBuiltInTopic(key: string): key is BuiltInTopicKey {
  return builtInByKey.has(key);
}

/** A topic's name for people: the built-in's name, or the workspace topic's own name. */
export function topicName(key: string): string {
  return builtInByKey.get(key)?.name ?? key;
}
