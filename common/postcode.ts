/** A Dutch postcode as a person types it: four digits (the first not 0), then two letters, with or without a space. */
export const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

/** Whether `raw`, spaces around it ignored, is a Dutch postcode. */
export const isPostcode = (raw: string): boolean => POSTCODE.test(raw.trim());

/**
 * A postcode as it is stored and shown: "4199xa" and " 4199 xa" become "4199 XA" (what the
 * agenda, the driver's list and the sociale kaart show); no postcode stays "".
 */
export function normalPostcode(raw: string | undefined): string {
  const plain = (raw ?? '').replace(/\s+/g, '').toUpperCase();
  return plain ? `${plain.slice(0, 4)} ${plain.slice(4)}` : '';
}
