/** Horoscope and zodiac teasers (unless the article itself is about them). */
import { allPhrases, HOROSCOPE } from '../../phrases';
import { ARTICLE } from '../stages';
import type { Rule } from '../types';

export const HOROSCOPE_RULES: readonly Rule[] = [
  {
    id: 'horoscope.teaser',
    category: 'horoscope',
    description: 'Teaser links and short blocks about horoscopes and the zodiac (horoscop, zodii, ωροσκόπιο, ζώδια, oroscopo, أبراج, حظك اليوم, Horoskop…, or a sign\'s name with a date, "this week", luck or other signs: "Berbecii au noroc săptămâna aceasta", "Κριός: τι φέρνει η εβδομάδα"), unless the article itself is about astrology.',
    stages: ARTICLE,
    match: { kind: 'topicTeaser', phrases: allPhrases(HOROSCOPE), maxLength: 320, signs: true },
    examples: {
      drop: [
        '<p>The council approved the budget.</p><div data-drop><a href="/horoscop/leu">Horoscop zilnic: ce îți rezervă astrele</a></div>',
        '<p>The council approved the budget.</p><div data-drop><a href="/lifestyle/123">Κριός: Τι σας επιφυλάσσει η εβδομάδα</a></div>',
        '<p>The council approved the budget.</p><ul><li data-drop><a href="/z/1">Berbec</a></li><li data-drop><a href="/z/2">Taur</a></li><li data-drop><a href="/z/3">Gemeni</a></li></ul>',
      ],
      keep: [
        '<p>The council approved the budget.</p><h2>Leul, în scădere față de euro azi</h2>',
        '<p>The council approved the budget.</p><p><a href="/sport/1">Detroit Lions lucky to escape with a win</a></p>',
        '<p>The council approved the budget after a long debate in which one member quoted his horoscope for the week ahead.</p>',
      ],
    },
  },
];
