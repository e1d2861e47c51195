/**
 * Two letters for a therapist's avatar when there is no photo, so every card has a face: the first letters of the
 * first and last names ("Ada Brooks" → "AB"), one for a single name, "?" for none. Pure.
 */
export function initialsOf(name: string, given?: string): string {
  const fromServer = given?.trim();
  if (fromServer) return fromServer.slice(0, 3).toLocaleUpperCase();
  const words = name
    .trim()
    .split(/[\s\-–]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string) => [...w][0] ?? '';
  return `${letter(first)}${last ? letter(last) : ''}`.toLocaleUpperCase();
}
