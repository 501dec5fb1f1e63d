// Links damaged in transit: mail clients wrap long links over lines, quote them with '>' prefixes, wrap them in <…>,
// soft-break them with quoted-printable '=' line ends, or let trailing punctuation stick to them. None of these
// characters belongs to a link payload (lz-string's URI alphabet A–Z a–z 0–9 + - $), so removing them is unambiguous.

/** The link text with mail-client damage removed, or the same text when nothing needed removing. */
export function repairLinkText(text: string): string {
  if (typeof text !== 'string') return text;
  // opened from the address bar, the damage arrives percent-encoded (%0A line break, %20 space, %3E '>'): '%' is not in
  // the payload alphabet, so decoding these few is unambiguous
  let s = text.replace(/%(0[9AD]|20|3[CE]|22|27)/gi, (m) => decodeURIComponent(m));
  // quoted-printable: '=3D' is '=', '=' at a line end is a soft break
  s = s.replace(/(?<!#[wf])=\r?\n/g, '').replace(/=3D/gi, '='); // the link's own '#w=' may end a line: not a soft break
  // per line: drop quote prefixes ('> > ') and surrounding spaces, then join the lines
  s = s
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:>\s*)+/, '').trim())
    .join('');
  // <https://…#w=…> and trailing punctuation stuck to the link
  s = s.replace(/^[<("'«\s]+/, '').replace(/[>)"'»\s.,;:!?]+$/, '');
  // spaces a client inserted inside the link, and quote marks of joined lines ('abc > def'): none belongs to a payload
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash) + s.slice(hash).replace(/[\s<>]+/g, '');
  return s;
}

/** True when the text shows signs of mail-client damage (line breaks, quote prefixes, angle brackets, '=' soft breaks). */
export function looksMailDamaged(text: string): boolean {
  return /[\r\n]|^\s*>|[<>]|=\r?\n|\s|%(0[9AD]|20|3[CE])/i.test(text.trim()) || /[.,;:!?)]$/.test(text.trim());
}

export const MAIL_DAMAGE_HINT =
  'The link seems to have been broken on its way — an e-mail program probably wrapped it over several lines or added quote marks. Ask for the link again (pasted as plain text), or for the exported JSON file (Export JSON), which cannot be damaged this way.';
