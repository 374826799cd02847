/** Swedish function words and very common verbs that never count as a part of a compound (`under` + `lag`, `till` + `växt`). */
export const functionWords: ReadonlySet<string> = new Set([
	'alla', 'allt', 'andra', 'annan', 'annat', 'bara', 'blir', 'båda', 'både', 'dagens', 'deras', 'dessa', 'detta', 'denna', 'efter', 'egen',
	'egna', 'eller', 'enligt', 'fanns', 'finns', 'fler', 'flera', 'fram', 'från', 'får', 'före', 'genom', 'gick', 'görs', 'hade', 'hela',
	'hans', 'hennes', 'inför', 'inom', 'inte', 'kommer', 'kring', 'kunna', 'kunde', 'mellan', 'mest', 'mycket', 'många', 'mot',
	'redan', 'samma', 'samt', 'sedan', 'sina', 'sitt', 'skall', 'skulle', 'till', 'under', 'utan', 'vara', 'varit', 'vart', 'vilka',
	'vilken', 'vilket', 'vissa', 'även', 'över', 'också', 'ännu', 'själv', 'några', 'något', 'någon', 'ingen', 'inget', 'inga', 'dock', 'därför',
]);
