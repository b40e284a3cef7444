// Real published tables, transcribed by hand for the general layer's tests. Every sum was checked
// by hand against the source before it was asserted; the comments say where each table comes from
// and what its arithmetic is. Figures as the source prints them (pasted text where the source is a
// web page: en-dash negatives, space thousands, comma decimals), one fixture (tests/fixtures/README.md) each.

/**
 * Hallsbergs kommun, Årsredovisning 2019, Resultaträkning and Balanskravsutredning (mnkr).
 * Source: https://www.finansiellinfo.se/Hallsberg_2019/Resultatrakning.html
 * Signed costs and a running chain without a Summa label: nettokostnader (7) = 4 + 5 + 6;
 * verksamhetens resultat (11) = 7 + 9 + 10; resultat efter finansiella poster (15) = 11 + 13 + 14;
 * årets resultat (17) = 15. A Not column. Avvikelse (F) = Utfall 2019 (C) − Budget 2019 (E).
 * Balanskrav: 8 = 4 − 5 − 6 − 7 (Avgår rows, all 0); 2018: 29 − 0 = 28, within the rounding of
 * five rounded figures; 10 = 8 + 9 (the RUR reservation printed negative).
 */
export const HALLSBERG_2019 = `### Sheet: Resultaträkning
**Resultaträkning**

Belopp i mnkr	Not	Utfall 2019	Utfall 2018	Budget 2019	Avvikelse	Koncern 2019	Koncern 2018
Verksamhetens intäkter	1	269	522	300	− 31	475	732
Verksamhetens kostnader	2	− 1 116	− 1 344	− 1 149	33	− 1 303	− 1 535
Avskrivningar	3	− 25	− 31	− 35	10	− 47	− 50
**Verksamhetens nettokostnader**		**− 872**	**− 853**	**− 884**	**12**	**− 875**	**− 853**

Skatteintäkter	4	705	683	705	0	705	683
Generella statsbidrag och utjämning	5	212	203	204	8	212	203
**Verksamhetens resultat**		**45**	**33**	**25**	**20**	**42**	**33**

Finansiella intäkter	6	3	4	1	2	3	4
Finansiella kostnader	7	− 6	− 8	− 11	5	− 10	− 9
**Resultat efter finansiella poster**		**42**	**29**	**15**	**27**	**35**	**28**
Extraordinära poster (netto)
**Årets resultat**		**42**	**29**	**15**	**27**	**35**	**28**

### Sheet: Balanskravsutredning
**BALANSKRAVSUTREDNING**

Belopp i mnkr	Utfall 2019	Utfall 2018
Årets resultat enligt resultaträkningen	42	29
Avgår: realisationsvinster, mark, byggnader och tekniska anläggningar	0	0
Avgår: realisationsvinster, maskiner och inventarier	0	0
Avgår: realisationsvinster, aktier och andelar	0	0
Årets resultat efter balanskravsjusteringar	42	28
Reservering till resultatutjämningsreserv (RUR)	− 15	− 5
Balanskravsresultat	27	23
`;

/**
 * Västerviks kommun, Årsredovisning 2021, Driftsredovisning, kommunen (mnkr), the first two
 * nämnder with their verksamheter. Source:
 * https://www.vastervik.se/Kommun-och-politik/Kommunfakta/Ekonomi-och-budget/Arsredovisning/arsredovisning-2021/finansiella-rapporter/driftsredovisning/
 * Group totals above their parts: Kommunstyrelse (3) = 4..11, Barn- och utbildningsnämnd (12) =
 * 13..17, in every column, several within the rounding of one decimal (2020 costs −697,8 against
 * −697,9; budget −415,1 against −415,0). Across each row: Nettokostnad 2021 (F) = Intäkter 2021 (C)
 * + Kostnader 2021 (E), columns apart; Avvikelse (H) = Nettokostnad (F) − Budget (G).
 */
export const VASTERVIK_2021 = `### Sheet: Driftsredovisning
**Driftsredovisning, kommunen**
mnkr	Intäkter 2020	Intäkter 2021	Kostnader 2020	Kostnader 2021	Nettokostnad 2021	Budget 2021	Avvikelse mot budget 2021
**Kommunstyrelse**	281,9	283,1	-697,8	-693,8	-410,7	-415,1	4,4
Politisk verksamhet	0,0	0,0	-11,9	-12,6	-12,6	-13,0	0,4
Ledning	12,5	18,3	-84,4	-79,4	-61,1	-64,4	3,4
Samhällsbyggnad	48,0	48,3	-165,3	-173,1	-124,9	-111,6	-13,2
Kultur	6,5	6,6	-59,3	-60,1	-53,5	-55,1	1,6
Arbete och kompetens	40,8	41,0	-115,5	-114,2	-73,1	-81,9	8,8
Kommunservice	164,3	158,1	-189,2	-182,8	-24,7	-27,5	2,9
Räddningstjänst	9,0	10,3	-55,5	-58,9	-48,6	-48,4	-0,2
Prioriterade områden	0,8	0,5	-16,8	-12,7	-12,2	-13,1	0,9
**Barn- och utbildningsnämnd**	134,6	126,0	-991,9	-1004,4	-878,4	-877,1	-1,3
Gemensam verksamhet	8,8	7,0	-58,6	-55,0	-47,9	-47,5	-0,4
Förskola och familjedaghem	36,3	33,7	-235,9	-235,9	-202,2	-204,4	2,2
Obligatorisk skola och fritidshem	69,2	64,6	-496,4	-505,4	-440,8	-436,6	-4,2
Gymnasieskola, gymnasiesärskola	15,2	14,9	-177,4	-182,3	-167,4	-164,9	-2,5
Komvux och SFI	5,1	5,7	-23,7	-25,7	-20,0	-23,7	3,7
`;

/**
 * Tyresö kommun, Årsredovisning 2018, Kommunstyrelsen, Driftsredovisning (mnkr). Source:
 * https://finansiellinfo.se/G/Tyreso_2018/Kommunstyrelsen.html
 * Costs positive. Across each row: Nettokostnad (D) = Kostnader (C) − Intäkter (B); Avvikelse (F) =
 * Kommunbidrag (E) − Nettokostnad (D): budget minus outcome, the other convention. Totalt (13) =
 * 4..12 in every column; the prior year's Avvikelse adds to 16,7, printed 16,8 (rounding).
 */
export const TYRESO_2018 = `### Sheet: Kommunstyrelsen
**Kommunstyrelsen**
Driftsredovisning
(mnkr)	Intäkter	Kostnader	Nettokostnad	Kommunbidrag	Avvikelse	Avvikelse 2017
Plan och exploatering	25,4	61,1	35,7	27,5	– 8,2	3,8
Väghållning park	10,2	83,3	73,1	76,7	3,6	10,6
Miljö och trafik	2,9	8,4	5,5	6,9	1,4	0,0
Vatten och avlopp	85,5	85,5	0,0	0,0	0,0	0,0
Renhållning	40,1	40,1	0,0	0,0	0,0	0,0
Näringsliv	0,2	1,5	1,3	1,3	0,0	0,0
Gemensam verksamhet	476,5	615,5	139,0	129,6	– 9,4	2,6
Kommunalförbund	0,0	42,1	42,1	42,3	0,2	0,1
Politisk verksamhet	0,1	24,2	24,1	22,6	– 1,5	– 0,4
**Totalt**	**640,9**	**961,7**	**320,8**	**306,9**	**– 13,9**	**16,8**
`;

/**
 * Upplands-Bro kommun, Balanskravsutredningen (2017–2021; 2021 budget, 2020 prognosis). Source:
 * https://www.socialdemokraternaupplands-bro.se/balanskravsutredningen/ (the kommun's table).
 * Real errors: 2018, årets resultat efter balanskravsjusteringar is 87 608 but 107 666 − 6 602 =
 * 101 064 (E5); the balanskravsresultat 87 416 has no adjustment between it and 87 608 (E8); 2017,
 * 43 047 with no adjustment is printed 34 073 (F8). 2019: 52 966 − 4 644 = 48 322 and
 * 48 322 − 33 397 = 14 925 hold; 2020: −11 708 + 11 708 = 0 holds.
 */
export const UPPLANDSBRO_BALANSKRAV = `### Sheet: Balanskravsutredningen
**Balanskravsutredningen**
Balanskravet i Kommunallagens 8:e kapitel	2021*)	2020**)	2019	2018	2017
Årets resultat enligt resultaträkningen	3 000	-11 708	52 966	107 666	44 124
Avgår realisationsvinster vid försäljning av anläggningstillgångar			-4 644	-6 602	-1 077
**Årets resultat efter balanskravsjusteringar**	**3 000**	**-11 708**	**48 322**	**87 608**	**43 047**
Avgår reservering av medel till resultatutjämningsreserv (RUR)			-33 397
Användning av medel från resultatutjämningsreserv (RUR)		11 708
**Årets balanskravsresultat**	**3 000**	**0**	**14 925**	**87 416**	**34 073**
Ackumulerad resultatutjämningsreserv	95 379	95 379	107 087	73 690	73 690
`;

/**
 * Malmö stad, Årsredovisning 2015, Balanskrav (Mkr, in the title only). Source:
 * http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/balanskrav/
 * Resultat efter balanskravsjustering (9) = 3..8; Balanskravsresultat (13) = 9..12 ("-" for no
 * figure in 2013); SUMMA (15) = 13 + 14. Everything holds.
 */
export const MALMO_2015 = `### Sheet: Balanskrav
**BALANSKRAVSUTREDNING, MKR**
	2015	2014	2013
Årets resultat	563	-149	154
samtliga realisationsvinster	-23	-56	-33
vissa realisatinsvinster enl undantag	0	0	0
vissa realisationsförluster enl undantag	0	0	0
orealiserade förluster värdepapper	0	0	0
återföring orealiserade förluster värdepapper	0	0	0
**Resultat efter balanskravsjustering**	**540**	**-205**	**121**
medel till resultatutjämningsreserv	-185	0	-
medel från resultatutjämningsreserv	0	12	-
synnerligt skäl RIPS	0	0	106
**Balanskravsresultat**	**355**	**-193**	**227**
Balanskravsunderskott från tidigare år	-193	0	0
**SUMMA**	**162**	**-193**	**227**
Balanskravsresultat att återställa	0	193	0
`;

/**
 * Göteborgs Stad, Årsredovisning 2015, Balansräkning – sammanställd redovisning (mkr). Source:
 * http://arsredovisning.goteborg.se/2015/block-4-sammanstalld-redovisning-finansiell-analys-och-rakenskaper/balansrakning-sammanstalld-redovisning/
 * Summa anläggningstillgångar (8) = 5..7; Summa omsättningstillgångar (14) = 10..13; Summa
 * tillgångar (16) = 8 + 14; Summa avsättningar (27) = 24..26; Summa skulder (31) = 29 + 30; Summa
 * eget kapital, avsättningar och skulder (33) = 18 + 21 + 27 + 31, which 2013 prints 81 074 against
 * 81 073 (rounding); it equals Summa tillgångar every year. "varav årets resultat" (19) is no term.
 */
export const GOTEBORG_2015 = `### Sheet: Balansräkning
**Balansräkning – sammanställd redovisning**
Belopp i mkr		2013	2014	2015
TILLGÅNGAR
ANLÄGGNINGSTILLGÅNGAR
Immateriella anläggningstillgångar	not 24	459	371	333
Materiella anläggningstillgångar	not 24	72 178	74 082	74 703
Finansiella anläggningstillgångar	not 26	424	215	503
**Summa anläggningstillgångar**		**73 061**	**74 668**	**75 539**
OMSÄTTNINGSTILLGÅNGAR
Förråd och lager m m	not 27	720	861	1 125
Kortfristiga fordringar	not 28	4 729	4 507	4 728
Kortfristiga placeringar		174	167	0
Kassa och bank		2 390	1 265	1 729
**Summa omsättningstillgångar**		**8 013**	**6 800**	**7 582**

**Summa tillgångar**		**81 074**	**81 468**	**83 121**
EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER
EGET KAPITAL	not 29	23 896	24 344	25 548
varav årets resultat		1 733	433	1 219

MINORITETSINTRESSE		267	251	253

AVSÄTTNINGAR
Avsättningar för pension och liknande förpliktelser	not 30	3 477	3 620	3 793
Uppskjuten skatteskuld		3 034	3 101	3 116
Övriga avsättningar	not 31	1 334	1 804	1 640
**Summa avsättningar**		**7 845**	**8 525**	**8 549**
SKULDER
Långfristiga skulder	not 32	26 681	28 568	30 086
Kortfristiga skulder	not 33	22 384	19 780	18 685
**Summa skulder**		**49 065**	**48 348**	**48 771**

**Summa eget kapital, avsättningar och skulder**		**81 074**	**81 468**	**83 121**
`;

/**
 * Gnesta kommun, Årsredovisning 2013, Driftredovisning (tkr), the first three groups. Source:
 * https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/driftredovisning.html
 * Group totals above their parts: Kommungemensamma poster (3) = 4..10, Kommunstyrelsen (11) =
 * 12..18, Miljö- och byggnämnden (19) = 20..24; within the rounding of whole tkr (Kommunstyrelsen's
 * budget −37 500 against −37 501; Miljö- och byggnämndens utfall −11 705 against −11 704).
 * Budget-avvikelse (F) = Utfall (B) − Budget (E) on every row; Förändring 2012/2013 (C) and the
 * percentage (D) refer to 2012, which the table does not print.
 */
export const GNESTA_2013 = `### Sheet: Driftredovisning
**Driftredovisning**
(tkr)	Utfall 2013	Förändring 2012/2013	Förändring 2012/2013	Budget 2013	Budget-avvikelse
Kommungemensamma poster	519 802	18 738	3,7 %	505 200	14 602
Revision	– 614	– 9	1,6 %	– 620	6
Överförmyndare	– 819	50	– 5,7 %	– 847	28
Övriga förtroendevalda	– 4 646	– 76	1,7 %	– 4 937	291
Pensioner	– 8 311	5 108	– 38,1 %	– 11 593	3 282
Skatter/statsbidrag	521 366	14 595	2,9 %	522 597	– 1 231
Räntenetto/borgensavgift	4 454	– 5 498	– 55,2 %	4 901	– 447
Övrigt kommungemensamt	8 372	4 569	120,1 %	– 4 301	12 673
Kommunstyrelsen	– 37 264	– 1 578	4,4 %	– 37 500	236
Kommunchefen	– 4 614	191	– 4,0 %	– 4 257	– 357
Kansli- och nämndserviceenheten	– 4 823	– 563	13,2 %	– 4 799	– 24
It-enheten	– 5 585	– 376	7,2 %	– 5 313	– 272
Ekonomienheten	– 4 008	– 100	2,6 %	– 4 626	618
Mark och fastigheter	141	50	55,4 %	– 14	155
Personalenheten	– 4 980	– 20	0,4 %	– 5 229	249
Samhällsunderstödda resor	– 13 395	– 761	6,0 %	– 13 263	– 132
Miljö- och byggnämnden	– 11 705	– 2 205	23,2 %	– 11 800	95
Samhällsbyggnad administration	– 1 460	– 555	61,3 %	– 1 507	47
Plan- och byggenheten	– 1 695	– 35	2,1 %	– 1 903	208
Planeringsenheten	– 1 274	– 851	201,1 %	– 1 197	– 77
Räddningsenheten	– 6 426	– 811	14,4 %	– 6 416	– 10
Miljöenheten	– 849	46	– 5,2 %	– 777	– 72
`;
