/** The words that open or head a protokoll's signature block ("Justerat den …", "Vid protokollet", "Underskrifter"). */
const words = String.raw`(?:Justerat|Justeras|Justerandes|Vid protokollet|Underskrift(?:er)?)`;

/** A text that holds a signature block's word: it names signers, not a list of attendees. */
export const signatureWords = new RegExp(String.raw`(?<![\p{L}])${words}(?![\p{L}])`, 'u');

/** The block's words and the parts it signs for, where they stand before a signer's name ("Justeras Anna Ek"). */
export const signatureWordsBeforeName = new RegExp(String.raw`^(?:(?:${words}|Sekreterare|Ordförande|Justerare)\s+)+`, 'u');
