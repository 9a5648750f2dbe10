/**
 * The verwijskaart's own texts (docs/decisions/0003): in its chunk, since only a volunteer
 * who opens the card needs them. Both languages are here: together they are smaller than
 * a chunk of their own. The texts the card shares with the results (contact, opening
 * hours, referral) come from the sociale kaart's table (messages.ts).
 */
import type { Locale } from '../core/i18n.ts';
import type { SocialMapMessages } from './messages.ts';

const nl = {
  cardTitle: 'Verwijskaart',
  cardIntro: 'Hier kunt u terecht met uw vraag.',
  cardMade: (date: string) => `Gemaakt op ${date}`,
  cardEmpty: 'Er staat nog niets op de verwijskaart. Kies bij een resultaat “Zet op verwijskaart”.',
  remove: 'Haal van kaart',
  print: 'Afdrukken',
  copy: 'Kopieer als tekst',
  copied: 'Gekopieerd. U kunt de tekst nu plakken in een e-mail of WhatsApp-bericht.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
  clearCard: 'Kaart leegmaken',
};

const en: typeof nl = {
  cardTitle: 'Referral card',
  cardIntro: 'This is where you can go with your question.',
  cardMade: (date: string) => `Made on ${date}`,
  cardEmpty: 'The referral card is empty. Choose “Add to referral card” on a result.',
  remove: 'Remove from card',
  print: 'Print',
  copy: 'Copy as text',
  copied: 'Copied. You can now paste the text into an e-mail or WhatsApp message.',
  copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
  clearCard: 'Empty the card',
};

export const cardMessages: Readonly<Record<Locale, typeof nl>> = { nl, en };

/** What the card's functions are given: the sociale kaart's texts and the card's own. */
export type CardMessages = SocialMapMessages & typeof nl;
