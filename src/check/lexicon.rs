//! The checker's phrase lists, in seven languages (patterns as in `crate::phrase`: folded, `|`
//! alternatives, `*` prefixes, `~N` gaps, `, ` whole-phrase alternatives). Data, not code.

/// Words a reply opens with, separated by ", " (one string compresses in the wasm; a table of
/// string pointers does not).
pub const GREETINGS: &str = concat!(
    "hi, hello, hey, dear, good morning, good afternoon, good evening, greetings, hola, buenos dias, buenas tardes, ",
    "buenas, estimado, estimada, querido, querida, bonjour, bonsoir, cher, chere, salut, madame, monsieur, hallo, ",
    "guten tag, guten morgen, sehr geehrte, sehr geehrter, liebe, lieber, moin, servus, ola, oi, bom dia, boa tarde, ",
    "boa noite, prezado, prezada, caro, cara, ciao, buongiorno, buonasera, salve, gentile, gentilissimo, ",
    "gentilissima, egregio, hoi, beste, geachte, goedemorgen, goedemiddag, goedenavond, dag, beste klant, goedendag, ",
    "good day, buen dia, buon pomeriggio",
);

/// Lines a reply closes with (before an optional signature).
pub const CLOSINGS: &str = concat!(
    "best, best regards, kind regards, warm regards, regards, many thanks, thanks, thank you, cheers, sincerely, ",
    "all the best, take care, best wishes, yours sincerely, yours truly, un saludo, saludos, saludos cordiales, ",
    "cordiales saludos, atentamente, un abrazo, gracias, muchas gracias, cordialement, bien cordialement, ",
    "bien a vous, a bientot, merci, sinceres salutations, mit freundlichen grusen, freundliche grusse, ",
    "freundliche gruse, viele gruse, beste gruse, liebe gruse, herzliche gruse, gruse, danke, vielen dank, abracos, ",
    "abraco, atenciosamente, obrigado, obrigada, cumprimentos, com os melhores cumprimentos, cordiali saluti, ",
    "un saluto, saluti, distinti saluti, grazie, a presto, met vriendelijke groet, vriendelijke groet, ",
    "hartelijke groet, groet, groeten, groetjes, bedankt, met vriendelijke groeten, hartelijke groeten, fijne dag, ",
    "have a great day, have a nice day, un cordial saludo, cordialmente, mit besten grusen, schone grusse, ",
    "schone gruse, um abraco, buona giornata, buona serata, bonne journee, bonne soiree",
);

/// Cues of a sentence that states a refund.
pub const REFUND: &[&str] = &[
    "refund*, reimburs*, money ~3 back, chargeback*, pro rata, reembols*, devolu*, devolve*, rembours*, erstatt*, ruckerstatt*, zuruckerstatt*, zuruckzahl*, geld zuruck, rimbors*, restitu*, terugbetal*, geld terug, terugstort*",
];

/// Cues of a sentence that states a service credit or compensation.
pub const CREDIT: &[&str] = &[
    "service credit*, credit|credits ~3 invoice|month*|fee|account|balance, goodwill credit*, compensat*, credito ~3 servicio|servico|servizio|fatura|factura|fattura, credito de servicio, credito de servico, credito di servizio, credit de service, avoir, gutschrift*, servicegutschrift*, tegoed*, creditering*, compensa*",
];

/// Cues of a timeline, deadline or response time.
pub const SLA: &[&str] = &[
    "within ~2 hour*|minute*|day*|week*|month*, business day*|hour*, working day*, response time*, first response*, respond* within, uptime, sla",
    "dentro de ~2 hora*|dia*|semana*|mes*, en ~1 hora*|dias, dias habiles, dias laborables, tiempo* de respuesta, dias uteis, em ate ~2 hora*|dia*, tempo* de resposta",
    "sous ~2 heure*|jour*, dans les ~2 heure*|jour*, jours ouvres, jours ouvrables, delai* de reponse, temps de reponse, heures ouvrees",
    "innerhalb ~3 stunde*|tag*|werktag*|woche*, werktage*, werktagen, reaktionszeit*, antwortzeit*",
    "entro ~3 or*|giorn*|settiman*, giorni lavorativi, tempi di risposta, tempo di risposta",
    "binnen ~3 uur|dag*|werkdag*|wek*, werkdagen, reactietijd*",
];

/// Cues of an eligibility, entitlement or "per our policy" statement.
pub const POLICY: &[&str] = &[
    "eligib*, entitled, entitlement*, per|under|according ~3 policy, our policy, policy states, not refundable, non refundable",
    "elegib*, tienen|tiene|tienes derecho, segun ~2 politica, nuestra politica, no son reembolsables, no es reembolsable",
    "eligible*, ont|avez|a droit, selon ~2 politique, notre politique, non remboursable*",
    "anspruch*, berechtigt, laut ~2 richtlinie*|bedingungen, gemass ~2 richtlinie*, nicht erstattungsfahig",
    "tem|tens direito, segundo ~2 politica, nossa politica, conforme ~2 politica, nao reembolsave*",
    "hanno|ha|hai diritto, secondo ~2 politica|condizioni, nostra politica, non rimborsabil*",
    "recht op, volgens ~2 beleid|voorwaarden, ons beleid, komen in aanmerking, niet terugbetaalbaar",
];

/// A claim that something was done that the assistant cannot do.
pub const ACTIONS: &[&str] = &[
    "i|we have|ve ~2 refunded|reset|cancelled|canceled|unlocked|merged|escalated|credited|processed|issued|restored|reactivated|forwarded|transferred|approved|waived|reversed",
    "i|we have|ve ~2 set|generated|sent|removed|deleted|applied|verified|changed|updated|enabled|disabled|upgraded|downgraded ~4 your|you|account*",
    "i|we refunded|cancelled|canceled|unlocked|merged|escalated|credited|processed|issued|deleted|restored|reactivated|upgraded|downgraded|disabled|forwarded|transferred|approved|waived|reversed",
    "i|we went|just|already ~2 refunded|cancelled|canceled|unlocked|merged|escalated|credited|processed|issued|deleted|restored|reactivated|reset|waived|reversed",
    "has|have been ~2 refunded|reset|cancelled|canceled|unlocked|merged|escalated|credited|processed|issued|applied|deleted|removed|restored|reactivated|upgraded|downgraded|disabled|forwarded|transferred|approved|waived|reversed",
    "was|were ~1 refunded|cancelled|canceled|unlocked|merged|escalated|credited|processed|issued|deleted|restored|reactivated|waived|reversed",
    "is|are now ~2 cancelled|canceled|unlocked|merged|refunded|reset|deleted|reactivated, are now ~1 one account*",
    "is|are ~1 fully ~1 cancelled|canceled|unlocked|merged|refunded|reversed|credited|processed|disabled|deactivated",
    "already|now ~2 reversed|refunded|cancelled|canceled|credited|unlocked|processed|disabled|deactivated|deleted|removed|merged|reset",
    "your ~2 plan|account|subscription|order|card|password|seat*|workspace ~1 is|has|was ~2 switched|upgraded|downgraded|cancelled|canceled|refunded|closed|deleted|reactivated|unlocked|merged|reset",
    "he|hemos ~2 reembolsado|cancelado|restablecido|desbloqueado|fusionado|unificado|escalado|abonado|eliminado|procesado|reiniciado|anulado|enviado|reenviado|aplicado",
    "ha|han sido ~2 reembolsad*|cancelad*|restablecid*|desbloquead*|fusionad*|escalad*|abonad*|eliminad*|procesad*|anulad*",
    "ya esta|estan ~1 cancelad*|reembolsad*|desbloquead*|fusionad*",
    "j|nous ai|avons ~2 rembourse*|annule*|reinitialise*|debloque*|fusionne*|transmis|escalade*|credite*|supprime*|resilie*|traite*|envoye*|applique*",
    "a|ont ete ~2 rembourse*|annule*|reinitialise*|debloque*|fusionne*|transmis|credite*|supprime*|resilie*",
    "habe|haben ~8 deaktiviert|aktiviert|geandert|entfernt|ubertragen|verlangert|erstattet|zuruckerstattet|gekundigt|storniert|zuruckgesetzt|entsperrt|zusammengefuhrt|weitergeleitet|gutgeschrieben|geloscht|eskaliert|bearbeitet|freigeschaltet|geschickt|gesendet",
    "wurde|wurden|ist ~4 erstattet|zuruckerstattet|gekundigt|storniert|zuruckgesetzt|entsperrt|zusammengefuhrt|gutgeschrieben|geloscht|veranlasst|angewiesen|eskaliert",
    "reembolsei|reembolsamos|cancelei|cancelamos|redefini|redefinimos|desbloqueei|desbloqueamos|mesclei|mesclamos|unifiquei|unificamos|escalei|escalamos|creditei|creditamos|exclui|excluimos|estornei|estornamos|encaminhei|encaminhamos|enviei|enviamos",
    "foi|foram ~2 reembolsad*|cancelad*|redefinid*|desbloquead*|mesclad*|creditad*|excluid*|estornad*",
    "ho|abbiamo ~2 rimborsato|annullato|reimpostato|sbloccato|unito|unificato|inoltrato|accreditato|cancellato|disdetto|elaborato|ripristinato|inviato|mandato",
    "e|sono stato|stata|stati|state ~2 rimborsat*|annullat*|reimpostat*|sbloccat*|unit*|accreditat*|cancellat*|disdett*",
    "heb|hebben ~8 uitgeschakeld|ingeschakeld|gewijzigd|terugbetaald|geannuleerd|gereset|ontgrendeld|samengevoegd|doorgestuurd|gecrediteerd|verwijderd|opgezegd|teruggestort|verwerkt|gestuurd|verstuurd",
    "is|zijn ~2 terugbetaald|geannuleerd|gereset|ontgrendeld|samengevoegd|gecrediteerd|verwijderd|opgezegd|teruggestort",
];

/// Words that turn an action into something not done: "I can't refund", "once it has been
/// reset", "if the charge was refunded".
pub const NOT_DONE: &[&str] = &[
    "cannot, can t, unable, not able, haven t, hasn t, has not, have not, not been, wasn t, weren t, once, after, when, if, as soon as, before, until, can be, could be, needs to, need to, has to, have to",
    "no puedo|podemos, no he|hemos, una vez, cuando, si, antes de, despues de, hasta que, puede ser, tiene que",
    "ne peux|pouvons|pourrons, n ai|avons pas, une fois, quand, lorsque, si, avant, apres, jusqu, peut etre, doit etre",
    "kann|konnen ~2 nicht, nicht ~2 moglich, sobald, wenn, falls, bevor, nachdem, bis, muss|mussen",
    "nao posso|podemos, assim que, quando, se, antes de, depois de, ate que, pode ser, precisa",
    "non posso|possiamo, una volta, quando, se, prima di, dopo, finche, puo essere, deve essere",
    "kan|kunnen ~2 niet, zodra, wanneer, als, voordat, nadat, totdat, moet|moeten",
];

/// A promised outcome, amount or date ("no commitments" mode).
pub const COMMITMENTS: &[&str] = &[
    "we|i will|ll|shall ~3 refund|reimburse|credit|fix|resolve|repair|apply|waive|extend|upgrade|compensate|restore, we|i will|ll make sure ~4 refund*|credit*|fixed|resolved",
    "you will|ll ~3 receive|get, you will|ll be ~1 refunded|credited|reimbursed|compensated, you will|ll see ~2 refund|credit|money",
    "will be ~3 fixed|resolved|refunded|credited|reimbursed|restored|repaired|waived",
    "on its|their way, en camino, en route, unterwegs, a caminho, in arrivo, onderweg",
    "fix*|patch*|release*|update*|deploy*|solution|arreglo|correccion|correctif|correction|losung|behebung|correcao|correzione|oplossing ~5 monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|lunes|martes|miercoles|jueves|viernes|manana|lundi|mardi|mercredi|jeudi|vendredi|demain|montag|dienstag|mittwoch|donnerstag|freitag|morgen|segunda|terca|quarta|quinta|sexta|amanha|lunedi|martedi|mercoledi|giovedi|venerdi|domani|maandag|dinsdag|woensdag|donderdag|vrijdag",
    "i|we will|ll ~6 within|by|before|tomorrow|today|tonight, make sure you get|receive|hear, you will|ll hear|get ~4 within|by|tomorrow",
    "aplicaremos|daremos|ofreceremos|haremos|enviaremos|pagaremos|descontaremos|bonificaremos|ofereceremos|faremos, appliquerons|offrirons|verserons|accorderons|ferons|enverrons, applicheremo|daremo|offriremo|faremo|verseremo|invieremo",
    "werden ~4 gewahren|anwenden|geben|senden|uberweisen, zullen ~4 toepassen|geven|sturen|overmaken",
    "promise|promised|promises, c est promis, promis, prometido|prometida, promesso|promessa, versprochen, beloofd",
    "repondrons|repondrai|responderemos|respondere|risponderemo|rispondero|antworten wir|zullen ~2 antwoorden",
    "i|we guarantee*, guaranteed, i|we promise, garantiz*, garantis*, garantier*, garantisc*, garanto|garantimos|garantiamos, prometo|prometemos, je vous promets, nous vous promettons, versprech*, prometto|promettiamo, beloof|beloven",
    "reembolsaremos|reembolsare|devolveremos|devolvere|abonaremos|solucionaremos|arreglaremos|repararemos|compensaremos, recibira|recibiras|recibiran ~3 reembolso|credito|abono|compensacion, le|te devolveremos",
    "rembourserons|rembourserai|crediterons|corrigerons|reglerons|resoudrons|repasserons|compenserons, recevrez ~3 remboursement|avoir|credit, vous sera rembourse*, sera corrige*|resolu*|rembourse*",
    "werden|werde ~5 erstatten|zuruckerstatten|gutschreiben|beheben|zuruckzahlen|losen|reparieren, erhalten ~4 gutschrift|erstattung|ruckerstattung, wird ~3 erstattet|behoben|gutgeschrieben",
    "vamos ~2 reembolsar|creditar|corrigir|resolver|devolver|compensar, reembolsaremos|creditaremos|corrigiremos|resolveremos|devolveremos, recebera|receberas ~3 reembolso|credito",
    "rimborseremo|rimborsero|accrediteremo|risolveremo|correggeremo|restituiremo|compenseremo, ricevera|riceverai ~3 rimborso|credito, sara ~2 rimborsat*|risolt*|corrett*",
    "zullen|zal ~4 terugbetalen|crediteren|oplossen|herstellen|terugstorten|compenseren, ontvangt|ontvang ~4 tegoed|terugbetaling|creditering, wordt ~3 terugbetaald|opgelost|hersteld",
];

/// Openers of sentences that acknowledge the customer rather than state facts.
pub const ACKNOWLEDGEMENTS: &[&str] = &[
    "thank*, thanks, sorry, apologi*, gracias, lo siento, sentimos, disculp*, merci, desole*, excuse*, danke, vielen dank, entschuldig*, es tut uns leid, obrigad*, desculp*, lamentamos, grazie, mi dispiace, ci dispiace, scus*, bedankt, dank, sorry, excuses, het spijt",
];
