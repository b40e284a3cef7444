// The 290 Swedish kommuner by name, lower case: a member row may be just "Nora" or "Timrå".
const NAMES =
  "ale|alingsås|alvesta|aneby|arboga|arjeplog|arvidsjaur|arvika|askersund|avesta|bengtsfors|berg|bjurholm|bjuv|boden|" +
  "bollebygd|bollnäs|borgholm|borlänge|borås|botkyrka|boxholm|bromölla|bräcke|burlöv|båstad|dals-ed|danderyd|degerfors|" +
  "dorotea|eda|ekerö|eksjö|emmaboda|enköping|eskilstuna|eslöv|essunga|fagersta|falkenberg|falköping|falun|filipstad|" +
  "finspång|flen|forshaga|färgelanda|gagnef|gislaved|gnesta|gnosjö|gotland|grums|grästorp|gullspång|gällivare|gävle|" +
  "göteborg|götene|habo|hagfors|hallsberg|hallstahammar|halmstad|hammarö|haninge|haparanda|heby|hedemora|helsingborg|" +
  "herrljunga|hjo|hofors|huddinge|hudiksvall|hultsfred|hylte|håbo|hällefors|härjedalen|härnösand|härryda|hässleholm|" +
  "höganäs|högsby|hörby|höör|jokkmokk|järfälla|jönköping|kalix|kalmar|karlsborg|karlshamn|karlskoga|karlskrona|karlstad|" +
  "katrineholm|kil|kinda|kiruna|klippan|knivsta|kramfors|kristianstad|kristinehamn|krokom|kumla|kungsbacka|kungsör|" +
  "kungälv|kävlinge|köping|laholm|landskrona|laxå|lekeberg|leksand|lerum|lessebo|lidingö|lidköping|lilla edet|lindesberg|" +
  "linköping|ljungby|ljusdal|ljusnarsberg|lomma|ludvika|luleå|lund|lycksele|lysekil|malmö|malung-sälen|malå|mariestad|" +
  "mark|markaryd|mellerud|mjölby|mora|motala|mullsjö|munkedal|munkfors|mölndal|mönsterås|mörbylånga|nacka|nora|norberg|" +
  "nordanstig|nordmaling|norrköping|norrtälje|norsjö|nybro|nykvarn|nyköping|nynäshamn|nässjö|ockelbo|olofström|orsa|orust|" +
  "osby|oskarshamn|ovanåker|oxelösund|pajala|partille|perstorp|piteå|ragunda|robertsfors|ronneby|rättvik|sala|salem|" +
  "sandviken|sigtuna|simrishamn|sjöbo|skara|skellefteå|skinnskatteberg|skurup|skövde|smedjebacken|sollefteå|sollentuna|" +
  "solna|sorsele|sotenäs|staffanstorp|stenungsund|stockholm|storfors|storuman|strängnäs|strömstad|strömsund|sundbyberg|" +
  "sundsvall|sunne|surahammar|svalöv|svedala|svenljunga|säffle|säter|sävsjö|söderhamn|söderköping|södertälje|sölvesborg|" +
  "tanum|tibro|tidaholm|tierp|timrå|tingsryd|tjörn|tomelilla|torsby|torsås|tranemo|tranås|trelleborg|trollhättan|trosa|" +
  "tyresö|täby|töreboda|uddevalla|ulricehamn|umeå|upplands väsby|upplands-bro|uppsala|uppvidinge|vadstena|vaggeryd|" +
  "valdemarsvik|vallentuna|vansbro|vara|varberg|vaxholm|vellinge|vetlanda|vilhelmina|vimmerby|vindeln|vingåker|vårgårda|" +
  "vänersborg|vännäs|värmdö|värnamo|västervik|västerås|växjö|ydre|ystad|åmål|ånge|åre|årjäng|åsele|åstorp|åtvidaberg|" +
  "älmhult|älvdalen|älvkarleby|älvsbyn|ängelholm|öckerö|ödeshög|örebro|örkelljunga|örnsköldsvik|östersund|österåker|" +
  "östhammar|östra göinge|överkalix|övertorneå";

export const KOMMUN_NAMES: ReadonlySet<string> = new Set(NAMES.split("|"));
