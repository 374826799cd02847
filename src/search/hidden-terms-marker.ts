/**
 * What starts an item's hidden search words on the page (`¶ hemsjukvård, överenskommelsen.`). A sign and not a label,
 * so that no word of it is indexed (a label such as "Delar av sammansatta ord" made "ord" find every meeting); the
 * search page shows the label in its place, and finds where an excerpt leaves the visible text by it.
 */
export const hiddenTermsMarker = '¶';
