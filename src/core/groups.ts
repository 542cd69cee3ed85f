/** Words that mean a class or year group of pupils (shared by the trip and absence rules). */
export const PUPIL_GROUP =
  /\b(?:(?:my|our|the|whole) class(?:es)?|class \d{1,2}|(?:year|yr|y) ?\d{1,2}s?|pupils|students|form group|tutor group|reception (?:class|children|kids|pupils|had|are|were|went|visited)|nursery class|ks ?[12]|key stage [12]|my lot|our lot|(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) years|dofe|duke of edinburgh|(?:6th|sixth) form(?:ers)?|eyfs|year r|gcse [a-z]+ (?:group|class|students|pupils)|a ?level [a-z]+ (?:group|class|students))\b/;
