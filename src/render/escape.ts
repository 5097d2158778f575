/**
 * The one HTML escaper for text we put into HTML ourselves, as element text
 * or a quoted attribute value: the poster template (Mustache), the QR code's
 * label, the dev server's rewritten policy tag. Pure.
 */

/**
 * Escape `&`, `<`, `>`, `"` and `'` (as `&#39;`). Mustache's default escaper
 * also escapes `/`, `` ` `` and `=`; these five are enough and keep the
 * output readable.
 */
export function escapeHtml(text: unknown): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}
