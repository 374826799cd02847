/**
 * Common Swedish given names (and the most common given names of people born elsewhere who sit in Swedish bodies),
 * lower case. Used only to find where one name ends and the next begins when a list lost its separators
 * ("Rickard Norberg Ulf Hansson Michael Haglund"): a name is never rejected for missing from this list.
 */
export const givenNames: ReadonlySet<string> = new Set(
	`
aaron abbe abdi abdullah abdulla adam adrian agne agneta agnes ahmad ahmed aida aina aino ake åke alan albert albin alexander alexandra alf alfred
ali alice alicia alina alva alvar amanda amelie andre amir ana anders andre andreas andrea angela angelica angelika anita anja ann anna annelie annette anneli
annika annica anni anki ansgar anton arne arvid asta astrid åsa august axel barbro bengt benny berit bernt bert bertil birger birgit birgitta bjarne
björn bo bodil boris bosse britt britta britt-marie brita bror börje camilla carin carina charlie carita carl carola caroline carolina catarina catharina cathrine
cecilia charlotta charlotte christer christian christin christina christine christoffer claes clas conny cristina dag dagmar dan daniel david
dennis diana dick doris dragan ebba edvin eddie efva einar elias elin elina elisabeth elisabet elise ella ellen ellinor elsa elsie elvira emanuel
emelie emil emilia emma emmelie emir erik erika eva evelina evert ewa fanny fatima felicia felix filip fredrik frida gabriel gerd gert gerhard
glenn gun gunborg gunhild gunilla gunnar gunnel gustaf gustav göran gösta hampus hanna hannah hannes hans harald hasse hassan hedvig helen helena
helene helge henrik henry herbert hilda hugo håkan ibrahim ida inga inge ingela ingemar inger ingrid ingvar ingvor irene iris isabella isak ivan
ivar jacob jakob jan jane janne jannike jeanette jenny jens jerker jerry jesper jessica jimmy joakim joanna jocke joel johan johanna johannes john
johnny jonas jonatan jonathan jonny josefin josefine josef jörgen julia julius jöns kaj kajsa kalle karin karina karl karl-erik karolina kasper
katarina katrin katrina kennet kenneth kent kerstin kevin kicki kim kirsi kjell klara klas krister kristian kristina kristoffer kurt lage lars lasse
laura lea leif lena lennart leo leon liam lilian lill lilly lina linda linn linnea lisa lise lisbeth liselott lotta louise love lovisa lucas ludvig
lukas lydia madelene madeleine magda magdalena magnus maja malin malte marcus margareta margaretha margit maria marianne marie marina mario marita marius mark markus
marlene martin martina mats matilda mattias max maximilian mehmet mia michael michaela micael mikael mikaela milla minna mira mirja mohamed mohammad
mohammed moa mona monica monika morgan morten måns nadia nadja natalie nicklas niclas niklas nicole nils nina noah nora olivia olle olof oliver
ola omar oscar oskar ove patrik patric per percy peter petra philip pia pontus rebecka rebecca rolf ronja ronny rose-marie roger roland ronnie rune
rut ruth sabina sally sam samuel sanna sara sarah sebastian siv siw simon sixten sofia sofie solveig sonja stefan stellan sten stig stina sture sune
susanne susanna svante sven sven-erik sven-olof sverker sylvia tage tanja teresia therese theresa thomas tilda tina tobias tom tomas tommy tony
tora torbjörn tord tore torsten tove ture ulf ulla ulrica ulrika ulrik urban ursula valter vanja vera veronica veronika victor viktor viktoria
vilhelm vincent wilhelm william yvonne zeynep åsa örjan östen
robert hendrik margita linus rasmus robin folke ragnar allan pär jöran staffan calle holger wilma saga selma signe majvor viola linnea clara nathalie sandra gudrun ingegerd gunvor maud laila lillemor pernilla märta siri sigrid greta tyra märit anette edit ester irma ninni paula rakel stella tuva victoria ylva
muhammad hussein reza yusuf yousef mustafa leila leyla amina ahmet ayla goran zoran milan mirza edin adnan samir jamal karim nasser ismail kemal jasmin jasmina besart fitim arben bujar agron mirsad azra elif hamid majid masoud mahmoud nima parisa shirin soran dilan baran aram kawa rebaz hiwa abdullahi farah hodan hamza yasin yassin idris ilir luan driton dardan arta albana vlora jelena ivana marija nikola aleksandar dejan sanja snezana tamas laszlo zsuzsa pirjo pirkko raija riitta seppo matti pekka jukka timo tuula marja hannu eero aila irja eila ritva teuvo veikko ambjörn berndt billy bruno cornelia denise desirée ebbe edvard egon ejnar eleonor elvin engla erland erling esbjörn evald fabian gertrud gilbert gisela gordon gullan göte hedda heidi hilding hillevi ingeborg inez ingalill isabelle jarl jill josefina joar kristin leonard liselotte lucia majken mariana mariann marika melker melvin mikko mirjam monalisa nanna nicolas olav olga orvar otto patrick paulina peder pelle petter pierre ramona ralf regina reidar rickard richard rikard roine rosita runar ruben sigvard silvia simone tekla teodor terese thorsten tommie torgny torvald tova tyko verner vidar ville vivianne waldemar walter wiktor yngve yvette
viveka florence margot malena åse sören tor
olov paul viveca theo theodor harry benjamin elliot algot alvin sigurd helmer elvi elvy maj-britt inga-lill ulla-britt ann-marie ann-christin ann-charlotte anna-karin anna-lena eva-lena marie-louise lise-lotte eva-karin lars-erik per-olof jan-erik bengt-göran nils-erik carl-johan karl-johan
`
		.split(/\s+/u)
		.filter((name) => name !== ''),
);
