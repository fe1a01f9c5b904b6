import { describe, expect, it } from 'vitest';
import { extractContent } from '../core/extract';
import { findLead } from '../core/lead';
import { RuleContext } from '../core/rules/context';
import { comparableKey } from '../core/text';
import { metaContents } from '../core/metadata';
import { withDocument } from './helpers';

const URL = 'https://news.example.gr/politiki/arthro-1';

const BODY = [
  'Η κυβέρνηση ανακοίνωσε χθες το νέο πρόγραμμα στήριξης για τα νοικοκυριά, που θα ισχύσει από τον επόμενο μήνα και θα καλύψει μέρος του κόστους ενέργειας.',
  'Σύμφωνα με το υπουργείο Οικονομικών, το μέτρο αφορά περίπου δύο εκατομμύρια δικαιούχους, με εισοδηματικά κριτήρια που θα ανακοινωθούν τις επόμενες ημέρες.',
  'Η αντιπολίτευση χαρακτήρισε το πρόγραμμα ανεπαρκές και ζήτησε μόνιμα μέτρα, ενώ οι φορείς της αγοράς ζητούν σαφές χρονοδιάγραμμα για την εφαρμογή του.',
  'Οι οικονομολόγοι εκτιμούν ότι η επίδραση στον πληθωρισμό θα είναι μικρή, καθώς το μέτρο είναι προσωρινό και στοχευμένο σε ευάλωτα νοικοκυριά της χώρας.',
  'Στις περιφέρειες, οι δήμαρχοι ζητούν να συμμετάσχουν στον σχεδιασμό, ώστε η ενίσχυση να φτάσει γρήγορα και σε απομακρυσμένες περιοχές με υψηλό κόστος.',
  'Οι πρώτες πληρωμές αναμένεται να γίνουν πριν από το τέλος του τριμήνου, όπως ανέφεραν πηγές του υπουργείου σε δημοσιογράφους το απόγευμα της Τρίτης.',
];
const LEAD = 'Το νέο πρόγραμμα «Ενεργειακή Στήριξη» καλύπτει δύο εκατομμύρια νοικοκυριά και ξεκινά τον επόμενο μήνα, με κόστος 600 εκατομμύρια ευρώ.';

/** A news page whose lead sits in the header, above the body container, as many CMSs print it. */
function pageWithLead(options: { description: string; leadHtml?: string; bodyHasLead?: boolean; teaser?: string }): string {
  const paragraphs = (options.bodyHasLead ? [LEAD, ...BODY] : BODY).map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="el"><head><meta charset="utf-8"><title>Πρόγραμμα στήριξης</title>
<meta name="description" content="${options.description}"><meta property="og:title" content="Νέο πρόγραμμα στήριξης για τα νοικοκυριά"></head>
<body><nav><a href="/">Αρχική</a> <a href="/politiki">Πολιτική</a></nav>
<div class="page"><header class="top-header"><ol class="crumbs"><li><a href="/">Αρχική</a></li><li><a href="/politiki">Πολιτική</a></li><li><a href="/politiki/oikonomia">Οικονομία</a></li></ol>
<h1>Νέο πρόγραμμα στήριξης για τα νοικοκυριά</h1>${options.leadHtml ?? ''}<div class="meta">Τρίτη 12 Μαρτίου 2024 · <a href="/author/1">Μαρία Παππά</a></div>
<ul class="tools"><li><a href="https://facebook.com/share">Facebook</a></li><li><a href="https://x.com/share">X</a></li><li><a href="mailto:?">Email</a></li></ul></header>
<div class="row"><div class="col-main"><div class="article-body">${paragraphs}</div></div>
<aside class="col-side">${options.teaser ?? ''}<ul><li><a href="/a">Άλλο θέμα</a></li></ul></aside></div></div></body></html>`;
}

function extract(html: string) {
  return withDocument(html, URL, (doc) => extractContent(doc, { url: URL }));
}

describe('the lead (standfirst)', () => {
  it('puts back the lead printed above the body when the description says the same, before the body', () => {
    // The description quotes differently and is cut short with an ellipsis, as descriptions often are.
    const description = 'Το νέο πρόγραμμα “Ενεργειακή Στήριξη” καλύπτει δύο εκατομμύρια νοικοκυριά και ξεκινά τον επόμενο μήνα…';
    const content = extract(pageWithLead({ description, leadHtml: `<p class="x7f"><strong>${LEAD.slice(0, 20)}</strong>${LEAD.slice(20)}</p>` }));
    expect(content.text).toContain(LEAD);
    expect(content.text.indexOf(LEAD)).toBeLessThan(content.text.indexOf(BODY[0]!));
    expect(content.html).toContain('<strong>');
    expect(content.notes).toContain('The lead paragraph was put back above the article.');
  });

  it('finds a lead that opens with a short kicker before the description', () => {
    const content = extract(pageWithLead({ description: LEAD, leadHtml: `<p>Σοκ στην αγορά: ${LEAD}</p>` }));
    expect(content.text).toContain(`Σοκ στην αγορά: ${LEAD}`);
  });

  it('does not repeat a lead the article already holds', () => {
    const content = extract(pageWithLead({ description: LEAD, bodyHasLead: true }));
    expect(content.text.split(LEAD).length - 1).toBe(1);
  });

  it('does not take a teaser link that happens to carry the description', () => {
    const teaser = `<div class="card"><a href="/arthro-1"><p>${LEAD}</p></a></div>`;
    const content = extract(pageWithLead({ description: LEAD, teaser }));
    expect(content.text).not.toContain(LEAD);
  });

  it('adds nothing when the description is not on the page or is a slogan', () => {
    expect(extract(pageWithLead({ description: LEAD })).text).not.toContain(LEAD);
    const slogan = extract(pageWithLead({ description: 'Ειδήσεις από την Ελλάδα', leadHtml: '<p>Ειδήσεις από την Ελλάδα</p>' }));
    expect(slogan.text).not.toContain('Ειδήσεις από την Ελλάδα');
  });

  it('finds the smallest block that opens with the description, not its container', () => {
    const html = pageWithLead({ description: LEAD, leadHtml: `<div class="intro"><p>${LEAD} Περισσότερα στο κείμενο.</p></div>` });
    const lead = withDocument(html, URL, (doc) => findLead(new RuleContext({ root: doc.body, stage: 'page', url: URL, site: null, title: '', aboutHoroscopes: false }), metaContents(doc))?.tagName);
    expect(lead).toBe('P');
  });

  it('compares letters and digits only, folded', () => {
    expect(comparableKey('«Ενεργειακή Στήριξη» — 600 €')).toBe(comparableKey('"ενεργειακη στηριξη" 600'));
  });
});
