// An outbox message as an e-mail: the plain text as it was written, and an HTML part
// made from it in which every character a browser or mail program could read as markup
// is escaped, so a name or message like "<script>" stays text.

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The outbox's stable Message-ID: a resend is recognised as the same message. */
  messageId: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Paragraphs at blank lines, line breaks kept. */
export function textToHtml(text: string, lang = 'nl'): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`);
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5">\n${paragraphs.join('\n')}\n</body></html>\n`;
}

export function toMail(m: { recipient: string; subject: string; body: string; messageId: string }): Mail {
  return { to: m.recipient, subject: m.subject, text: m.body, html: textToHtml(m.body), messageId: m.messageId };
}
