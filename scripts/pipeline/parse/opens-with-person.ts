/** A person and a party in brackets at the start of a text ("Tamas Lakatos (M) Björn Hult (M) …"). */
const personFirst = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+\([\p{L}]{1,5}\)/u;

/** Whether a text opens with a person and a party in brackets: a list of people, such as a page of a transcript that goes on with one. */
export function opensWithPerson(text: string): boolean {
	return personFirst.test(text.trim());
}
