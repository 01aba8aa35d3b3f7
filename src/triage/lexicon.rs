//! The cue lists triage reads: for each kind, weighted phrase patterns in the seven languages
//! (syntax in [`crate::phrase`]; folded: lower case, no accents, apostrophes split words).
//!
//! Weights: 3 = says the kind on its own ("refund", "GDPR", "outage"), 2 = a clear hint
//! ("invoice", "is it down", "crash"), 1 = supporting context ("plan", "browser").
//! Suppressors cancel cues that look like a kind but are not the customer's ask:
//! "I don't want a refund", refunds a merchant gives *their* customers, "only for me".

use crate::kind::Kind;

/// A kind's cue list, written as `(weight, "pattern")` entries and packed at compile time into
/// one string of `weight pattern` lines: text compresses in the wasm, a table of string
/// pointers (16 bytes an entry) does not.
macro_rules! cue_list {
    ($(($weight:tt, $pattern:literal)),* $(,)?) => {
        concat!($(weight!($weight), " ", $pattern, "\n"),*)
    };
}

/// A weight as written in the packed text: whole numbers without their `.0` (`tenths` reads
/// both; the shorter form saves about 0.2 KB of gzipped wasm).
macro_rules! weight {
    (1.0) => { "1" };
    (2.0) => { "2" };
    (3.0) => { "3" };
    ($weight:literal) => { stringify!($weight) };
}

type Cues = &'static str;

/// A kind's cues as (weight, pattern).
pub fn cues(kind: Kind) -> impl Iterator<Item = (f32, &'static str)> {
    list(kind).lines().filter_map(|line| {
        let (weight, pattern) = line.split_once(' ')?;
        Some((tenths(weight)? as f32 / 10.0, pattern))
    })
}

/// "2.5" as 25: integer parsing only, float parsing would add its code to the wasm.
fn tenths(weight: &str) -> Option<u32> {
    let (units, tenths) = weight.split_once('.').unwrap_or((weight, "0"));
    Some(units.parse::<u32>().ok()? * 10 + tenths.parse::<u32>().ok()?)
}

fn list(kind: Kind) -> Cues {
    match kind {
        Kind::Security => SECURITY,
        Kind::BillingRefund => BILLING_REFUND,
        Kind::Billing => BILLING,
        Kind::Legal => LEGAL,
        Kind::Outage => OUTAGE,
        Kind::Bug => BUG,
        Kind::HowTo => HOW_TO,
        Kind::Account => ACCOUNT,
        Kind::FeatureRequest => FEATURE_REQUEST,
        Kind::Other => OTHER,
    }
}

const SECURITY: Cues = cue_list![
    // recovery details or sign-in settings changed, and "from a new device" alerts
    (3.0, "recovery|recuperation|wiederherstellung*|recuperacao|recupero|herstel*|recuperacion ~4 modifie*|changed|geandert|cambiad*|alterad*|modificat*|gewijzigd|veranderd|aangepast|verandert|mudad*|trocad*|updated"),
    (2.0, "from|depuis|von|desde|da|vanaf|de ~2 new|unknown|nuevo|nouvel|nouveau|neuen|neuem|novo|nuovo|nieuw|nieuwe ~1 device|dispositivo|appareil|gerat|apparaat|toestel"),
    // "that wasn't me" after a sign-in alert, seven languages
    // "uno sblocco … che non ho fatto io", "an unlock I didn't do", seven languages
    (2.0, "che ~1 non ~1 ho ~1 fatto ~1 io, que ~1 no ~1 hice ~1 yo, que ~2 n ~1 ai ~1 pas ~1 fait, die ~1 ich ~1 nicht ~1 gemacht|getan, que ~1 nao ~1 fiz, que ~1 eu ~1 nao ~1 fiz, die ~1 ik ~1 niet ~1 heb ~1 gedaan, that|which ~1 i ~1 didn ~1 t ~1 do|make|start|authorise|authorize"),
    (1.5, "chi ~3 entrato|entrata, quien ~3 entro|entrado, qui ~3 entre|entrer|entree, wer ~3 eingeloggt|eingedrungen, quem ~3 entrou, wie ~3 ingelogd|binnengekomen"),
    (3.0, "wasn t me, was not me, das war ich nicht, war ich nicht, neue anmeldung, ce n etait pas moi, c etait pas moi, no fui yo, no he sido yo, nao fui eu, non ero io, non sono stato io, dat was ik niet, was ik niet"),
    // changed credentials and unknown devices, fr/es/pt/it/de/nl
    (3.0, "mot de passe ~5 modifie|change, appareil|connexion ~6 connais pas|inconnu*, contrasena ~5 cambiada|cambiado|cambiaron, dispositivo ~4 desconocido|desconhecido|sconosciuto, senha ~5 alterada|mudada|trocada, password ~5 cambiata|modificata, passwort ~5 geandert, unbekannte* ~2 gerat|anmeldung, wachtwoord ~5 gewijzigd|veranderd, onbekend* ~2 apparaat|login"),
    // en
    (3.0, "2fa|mfa|totp|otp"),
    (3.0, "two|2 factor|step|fa"),
    // not "hack*": a hackathon or "a quick hack" around a bug is no break-in
    (3.0, "hacked|hacker|hackers|hacking, hack ~1 attempt*|attack*"),
    (3.0, "compromis*"),
    (3.0, "hijack*"),
    (3.0, "account takeover"),
    (3.0, "unauthori*ed ~2 login*|logins|access|sign|signin*|device*|session*|purchase*|transaction*|order*|payment*"),
    (3.0, "suspicious ~2 login*|sign|signin*|activity|access|session*|email*|device*|ip*|attempt*"),
    (3.0, "unknown|unrecognized|unrecognised|strange ~2 device*|location*|login*|sign|ip|ips|session*|browser"),
    (3.0, "new sign|signin|login|device ~2 from"),
    // "nieuwe aanmelding vanaf", "neue Anmeldung von", "nouvelle connexion depuis", …
    (3.0, "nieuwe|neue|nouvelle|nueva|nuevo|nuovo|nuova|nova|novo ~1 aanmelding|login|inlog|anmeldung|connexion|accesso|acesso ~4 vanaf|von|aus|depuis|desde|da|de|en|em|in|uit"),
    // "someone took over", not "someone took my bike"
    (3.0, "someone ~4 logged|log|signed|accessed|access|got|into|changed|using|used, someone|somebody ~3 took ~1 over|control"),
    (3.0, "somebody ~4 logged|log|signed|accessed|access|got|into|changed|using|used"),
    (3.0, "not me, it wasn t me"),
    (3.0, "didn|never|not ~3 request*|change*|initiate*|ask* ~3 password|reset*|code*|email|this"),
    (3.0, "not trying to log, not trying to sign"),
    (3.0, "never been there, never been to, not my location, not my device"),
    (3.0, "recovery|backup|secondary ~1 email|phone|number|address ~4 changed|different|replaced|removed, changed|replaced ~4 my ~1 recovery|backup ~1 email|phone|number"),
    (3.0, "still ~2 has|have|gets|get|getting|sees|access|logging|signing ~2 access|into|my ~1 account"),
    (3.0, "someone else ~3 access|using|logged|into"),
    // "heeft nog toegang", "a toujours accès", "hat immer noch Zugriff", seven languages; also
    // a former cleaner or partner to be removed, so it needs company
    (1.5, "todavia|aun|sigue ~2 tiene|teniendo ~1 acceso, a|ont ~1 toujours ~2 acces, hat|haben ~1 noch|immer ~3 zugang|zugriff, ainda ~1 tem|tinha ~1 acesso, ha|hanno ~1 ancora ~2 accesso, heeft|hebben ~1 nog ~2 toegang"),
    // payout or bank details changed: alone also the customer's own change, so it needs company
    (1.5, "iban|rekeningnummer|bankrekening|bankverbindung|bankdaten|kontonummer|payout|payouts ~8 changed|gewijzigd|veranderd|aangepast|geandert|modifie*|cambiad*|cambiat*|modificad*|modificat*|alterad*|replaced, bank ~1 details|account ~8 changed|gewijzigd|veranderd|aangepast|geandert|modifie*|cambiad*|cambiat*|modificad*|modificat*|alterad*|replaced, changed|gewijzigd|geandert|modifie|cambiado|modificado|alterado|cambiato|modificato ~4 iban|rekeningnummer|bankrekening|bankverbindung|payout|payouts|bank"),
    (3.0, "trying|tried|attempting|attempted ~3 log|access|get ~2 into|in ~1 my|our ~1 account*"),
    (3.0, "api|access|secret|private ~1 key*|token* ~6 leaked|exposed|posted|public|committed|pushed|published"),
    (3.0, "credentials|password* ~6 leaked|exposed|posted|committed|pushed|published"),
    (3.0, "leaked|exposed|posted|committed|pushed|published ~4 api|access|secret|private ~1 key*|token*"),
    (2.0, "rotate|revoke ~3 key*|token*|secret*|credentials"),
    (3.0, "vulnerabilit*"),
    (3.0, "xss|csrf|ssrf|idor|rce"),
    (3.0, "cross site scripting, sql injection, remote code execution, privilege escalation"),
    (3.0, "security ~1 issue|flaw|bug|hole|researcher|incident|breach|vulnerability|report|concern|alert"),
    (3.0, "bug bounty, responsible disclosure, disclose, disclosure"),
    (3.0, "exploit*"),
    (3.0, "phishing|phish*"),
    // a look-alike e-mail someone on the team may already have answered
    (3.0, "clicked|clicking|clic|clique*|clicou|clicado|cliccato|geklickt|geklikt|pinchado|pinchamos ~8 logged|signed|entre|entrado|entrou|eingeloggt|angemeldet|ingelogd|puso|puse|introdujo|saisi|eingegeben|colocou|digitou|inserito|ingevuld"),
    (2.0, "is this ~2 email|mail|message|link ~2 really|actually|genuinely|legit ~1 from ~1 you, fake|spoofed|lookalike ~2 email|domain|site|page|login, look ~1 alike ~2 domain|site|page"),
    (3.0, "data breach, breached"),
    // someone else signing in as the customer ("ze logt gewoon in als mij", "entra como si fuera yo")
    (3.0, "logs|logging|logged|signs|signing|signed ~2 in ~1 as ~1 me, pretending ~2 to ~1 be ~1 me, logt|logde|inlogt ~3 als ~1 mij|ik, entra|entrando|entro|accede|accediendo ~4 como ~1 si ~1 fuera|fuese ~1 yo, entra|entrando|acessa|acessando ~4 como ~1 se ~1 fosse ~1 eu, se ~1 connecte|connectait ~3 en ~1 tant ~1 que ~1 moi, loggt|loggte|meldet ~3 sich ~3 als ~1 ich, entra|accede|entrando ~4 come ~1 se ~1 fossi ~1 io"),
    (3.0, "cuenta|account|compte|konto|conta|profiel|profil|perfil|profilo ~3 sin|without|zonder|ohne|sans|sem|senza ~2 permiso|permission|toestemming|erlaubnis|permissao|permesso|autorizacion|autorisation|autorizacao|autorizzazione|consent"),
    // a scam victim ("me estafó un match", "I got scammed by a seller"), not "is this a scam?"
    // supporting only: "me estafaron en un tradeo" is also a regretted trade
    (1.5, "scammed ~2 me|us, i|we ~1 was|were|got|been|ve|have ~2 scammed|defrauded, me|nos ~1 estafo|estafaron|timo|timaron, fui|he|hemos ~2 estafad*|timad*, m|nous ~1 a|ont ~1 arnaque*|escroque*, fait ~1 arnaquer|escroquer, hat|haben ~2 mich|uns ~1 betrogen|abgezockt, wurde|wurden|bin|sind ~2 betrogen|abgezockt, me|nos ~1 aplicou|aplicaram|deu|deram ~2 golpe, cai|caimos ~2 golpe, mi|ci ~1 ha|hanno ~1 truffat*, sono|siamo ~2 truffat*, heeft|hebben ~2 mij|me|ons ~1 opgelicht, ben|zijn ~1 opgelicht"),
    // "my streak got stolen" is no theft; stolen credentials, cards or accounts are
    (2.0, "stolen|stole"),
    // a former agency still publishing: "we assumed they lost access when the contract ended"
    (2.0, "assumed|thought|expected|believed ~4 lost|revoked|removed|ended|cut ~1 access|off"),
    (1.5, "never ~1 approved|authorised|authorized|uploaded|published|posted|scheduled, not ~1 from ~1 us"),
    // other people's files shown to the customer: "files that aren't mine", "somebody else's whole credit file"
    (2.0, "files|documents|payslips|data|records|reports|photos|orders|bookings|entries ~3 that|which ~2 aren|isn|weren|not ~2 mine|ours, someone|somebody ~1 else ~1 s ~4 credit|data|file|files|details|records|report|documents|payslip|payslips|history|information, documentos|archivos|ficheros|nominas|datos ~3 que ~1 no ~1 son ~1 mios|mias|nuestros, documents|fichiers|donnees ~3 qui ~1 ne ~1 sont ~1 pas ~2 miens|miennes|moi|nous, dokumente|dateien|daten|unterlagen ~4 nicht ~1 meine|mir|uns, documentos|arquivos|dados ~3 que ~1 nao ~1 sao ~1 meus|minhas|nossos, documenti|file|dati ~3 che ~1 non ~1 sono ~1 miei|mie|nostri, documenten|bestanden|gegevens ~3 die ~1 niet ~1 van ~1 mij|ons"),
    (2.0, "see|seeing|zie|sehe|veo|vejo|vedo|vois ~5 someone|somebody|iemand|jemand|alguien|alguem|qualcun|quelqu ~2 else|anders|anderem|anderen|otro|otra|autre|outro|outra|altro"),
    (1.5, "not|niet|nicht|pas|no|nao|non ~2 my|mijn|meine|mon|ma|mi|meu|minha|mio|mia ~1 address|adres|adresse|direccion|endereco|indirizzo"),
    (2.0, "another|other ~1 store|shop|company|customer|clinic|school|account|user|tenant ~1 s ~3 data|address|details|customer|customers|order|orders|records|information|files, mixing|mixes|mixed|leaking|leaks ~2 data|details|information ~2 between|across ~1 shops|stores|accounts|customers|tenants|companies"),
    // "im Profil steht eine andere E-Mail-Adresse … nicht meine", trips taken "obwohl ich in München bin"
    (2.0, "email|mail|adresse|address|correo|endereco|indirizzo|adres ~6 nicht ~1 meine, email|mail|address ~6 not ~1 mine, correo|direccion ~6 no ~1 es ~1 mio|mia, adresse ~6 pas ~2 mienne, endereco ~6 nao ~1 e ~1 meu, indirizzo ~6 non ~1 e ~1 mio, adres ~6 niet ~2 mijn|mij"),
    (1.5, "fahrten|trips|rides|viajes|trajets|viagens|corse|ritten|orders|bestellungen|pedidos|commandes|ordini|bestellingen ~8 obwohl|although|while|mientras|alors|embora|mentre|terwijl"),
    (1.5, "other ~1 people|employees|colleagues|users|customers|patients|tenants|students|members ~2 documents|payslips|files|data|records|details|salaries|information|reports"),
    // an account sending odd links it did not write: "la cuenta del profe está mandando links raros … él no mandó nada"
    (2.0, "sending|sends|sent|mandando|manda|enviando|envia|envoie|envoyant|verschickt|schickt|inviando|invia|stuurt|verstuurt ~6 links|enlaces|liens|link ~2 raros|extranos|bizarres|strange|weird|odd|seltsame|komische|estranhos|strani|vreemde|rare|suspicious|sospechosos|suspects|verdachtige"),
    (2.0, "didn|not|never ~2 send|sent|post|posted|write|wrote ~2 anything|them|that|those|it, no ~1 mando|envio|escribio ~1 nada, n ~1 a ~1 rien ~1 envoye|ecrit|poste, nichts ~3 geschickt|gesendet|geschrieben|gepostet, nao ~1 mandou|enviou|escreveu ~1 nada, non ~2 mandato|inviato|scritto ~1 niente|nulla, niets ~3 gestuurd|verstuurd|geschreven"),
    // things gone after a visit to the home: "can't find two watches since Thursday's clean"
    (2.0, "missing|gone|disappeared|find|verschwunden|weg|desaparecido|desaparecida|desaparecieron|faltan|disparu|disparus|disparue|manque|manquent|sumiu|sumiram|sumido|spariti|sparito|sparita|mancano|verdwenen|kwijt ~8 since|after|depuis|apres|desde|despues|seit|nach|dopo|na|sinds|depois ~4 clean|cleaning|cleaner|visit|appointment|limpieza|limpiadora|menage|reinigung|putzfrau|putzkraft|limpeza|faxina|pulizie|schoonmaak|schoonmaker|intervention|intervento|visita|visite|besuch|bezoek"),
    // a worker who got hold of the customer's private number: "I never gave him my number"
    (3.0, "never ~1 gave|shared|given ~2 him|her|them ~1 my ~3 number|address|phone|cell|email, how did|does|do ~1 he|she|they ~1 have|get|got|find ~2 my ~2 personal|private|home ~1 number|address|phone|cell, numero|numeros|nummer|telefone|telefono ~1 privato|personale|prive|personnel|privado|personal|privat|priv ~6 mai|jamais|nunca|nie|nooit|never ~3 dato|donne|dado|gegeben|gegeven|given|passato|passe"),
    (2.0, "knows|know ~1 where ~1 i|we ~1 live, sa|sanno ~1 dove ~1 abito|abitiamo|vivo, sabe|saben ~1 donde ~1 vivo|vivimos, sait ~1 ou ~1 j ~1 habite, weiss ~2 wo ~1 ich|wir ~1 wohne|wohnen, sabe ~1 onde ~1 moro|moramos, weet ~2 waar ~1 ik|we ~1 woon|wonen"),
    (1.5, "home alone, uncomfortable, creepy, a disagio, incomoda, incomodo, mal a l aise, unwohl, desconfortavel, ongemakkelijk, keeps ~1 texting|messaging|calling|contacting ~1 me, continua ~2 scrivermi|chiamarmi|contattarmi, me ~1 sigue ~2 escribiendo|llamando, continue ~2 de ~1 m ~1 ecrire|appeler, schreibt|ruft ~2 mir|mich ~3 standig|dauernd|immer ~1 wieder, continua ~2 me ~1 mandando|ligando, blijft ~3 appen|bellen|sms"),
    (3.0, "account|accounts|password|passwords|card|identity|credentials|login|logins|data|money|funds|balance|payout|payouts ~3 stolen, stole|steal|stealing ~3 my|our ~1 account|password|identity|card|credentials|login|data|money|funds|balance|payout|payouts"),
    // "lost my phone", "a stolen laptop"; not "does anything get lost - history, device settings"
    (3.0, "lost|lose|stolen ~1 my|our|his|her|the|a|work|old ~1 phone|authenticator|yubikey|laptop|device|key, lost|lose|stolen ~1 phone|authenticator|yubikey|laptop|device|key, phone|laptop|device|authenticator ~2 was|got|been ~1 lost|stolen"),
    (3.0, "authenticator"),
    (3.0, "backup|recovery codes|code"),
    (2.0, "keep|keeps|kept ~2 getting|receiving|sending ~4 code*|reset*|email*|text*|sms"),
    (2.0, "login|verification|security|signin ~1 code|codes, sign in code|codes"),
    (2.0, "password ~3 was|been|got ~2 changed|reset"),
    // also where a forgotten password and a few wrong guesses lead, so it needs company
    (1.5, "locked out"),
    // "a session still open"; not "4 training sessions I still have left"
    (3.0, "session* ~4 unknown|strange|suspicious, session* ~2 still ~2 active|open|logged|signed|running|showing|listed|there"),
    (2.0, "malware|virus|keylogger|ransomware"),
    // a ransom note: "files renamed .enc, a LEEME.txt asking for a payment in bitcoin"; each only supports
    (3.0, "ransom, ransom ~1 note|demand|payment, rancon, rancongiciel, losegeld*, erpressungstrojaner, gijzelsoftware"),
    (1.5, "pay|payment|pago|pagar|paiement|payer|zahlung|zahlen|pagamento|betaling|betalen ~3 in|en|de|em|con|with|mit|met ~1 bitcoin|btc|monero|crypto|criptomoneda|cryptomonnaie|kryptowahrung|criptomoeda|criptovaluta"),
    (1.5, "extension|extensions|extensiones|endung|dateiendung|extensao|estensione|extensie ~8 open|abrir|abren|ouvrir|ouvrent|offnen|aprire|aprono|openen"),
    (1.5, "files|archivos|fichiers|dateien|arquivos|file|bestanden ~4 encrypted|cifrados|encriptados|chiffres|verschlusselt|criptografados|crittografati|versleuteld"),
    (2.0, "impersonat*|spoof*"),
    // es
    (3.0, "hackeo|hackeos|hackear|hackeado|hackeada|hackeados|hackeadas|hackearon|jaqueo|jaquear|jaqueado|jaqueada|jaquearon"),
    // Spanish "un robo" (a theft), not the Portuguese "pode ser robô" (a robot)
    (3.0, "robaron|robado, el|un|del|al|otro ~1 robo"),
    (3.0, "acceso* no autorizado*"),
    // "suspicious" alone also describes links, emails or prices; beside a sign-in word the
    // concept cues make it a security cue
    (1.5, "sospechos*"),
    (3.0, "actividad|actividades|movimiento*|transaccion*|compra*|cargo*|pedido* ~2 sospechos*, activite*|operation*|transaction*|achat*|commande* ~2 suspect*, aktivitat*|aktion*|transaktion*|vorgang|vorgange|bestellung* ~2 verdachtig*, atividade*|movimenta*|transac*|compra*|pedido* ~2 suspeit*, attivita|movimenti|transazion*|acquist*|ordini ~2 sospett*, activiteit*|transactie*|bestelling* ~2 verdacht*"),
    (3.0, "alguien ~4 entro|accedio|cambio|inicio|usando|uso|metio|cambiado|accedido|entrado|usado|modificado|iniciado"),
    (3.0, "dispositivo* desconocido*"),
    (3.0, "dos factores, doble factor, verificacion en dos pasos, autenticacion en dos"),
    (3.0, "vulnerabilidad*"),
    (3.0, "comprometid*|suplantacion"),
    (3.0, "perdi|perdido ~3 movil|telefono|celular"),
    // "no lo pedí", not the Portuguese "no spam já pedi" (in the spam folder, I asked)
    (3.0, "no ~1 pedi|solicite|reconozco, intentando|intentaron|intenta ~3 entrar|acceder"),
    (3.0, "no ~3 pedido|solicitado ~3 codigo*|correo*|restablec*"),
    // fr
    (3.0, "pirat*"),
    (3.0, "acces non autorise"),
    (1.5, "suspect*"),
    (3.0, "quelqu un ~4 connecte|acces|change|utilise|entre|modifie|accede"),
    (3.0, "ce n est pas moi"),
    (3.0, "appareil* inconnu*"),
    (3.0, "double authentification, authentification a deux facteurs, deux facteurs"),
    (3.0, "vulnerabilite*|faille"),
    (3.0, "usurpation"),
    (3.0, "pas ~2 demande|reconnais, reconnais|reconnait|reconnaissons ~1 pas, essaie|essaye|tente|essaient|tentent ~2 de ~1 se ~1 connecter|connecte"),
    (3.0, "vole|perdu ~3 telephone|portable"),
    (3.0, "telephone|portable ~3 vole|perdu"),
    // de
    (3.0, "gehackt|hacker*"),
    (3.0, "kompromittiert"),
    (3.0, "unbefugt*|unberechtigt*"),
    (1.5, "verdachtig*"),
    (3.0, "jemand ~4 eingeloggt|angemeldet|zugegriffen|geandert|zugriff|benutzt"),
    (3.0, "war nicht ich, nicht von mir"),
    (3.0, "unbekannt* ~2 gerat*|anmeldung*|standort*|login*"),
    (3.0, "zwei|2 faktor*|stufig*, zweistufig*"),
    (3.0, "sicherheitslucke*|schwachstelle*"),
    (3.0, "handy|telefon ~3 gestohlen|verloren|geklaut"),
    (3.0, "nicht ~4 angefordert|angefragt"),
    // "das Passwort habe ich nicht geändert"; "den Signing-Secret haben wir nicht geändert" in a
    // bug report only rules out a change of ours
    (3.0, "passwort|kennwort|email|mail|adresse|nummer|handynummer|telefonnummer|zugangsdaten|pin ~6 nicht|nie ~3 geandert"),
    (1.0, "nicht ~4 geandert"),
    (3.0, "versucht ~4 anzumelden|einzuloggen|zuzugreifen"),
    // pt
    (3.0, "hackead*|hackear*"),
    (3.0, "invadi*|invasao|invasor"),
    (3.0, "alguem ~4 entrou|acessou|mudou|alterou|usando|usou|mudado|alterado|acessado|entrado|usado|mexeu|mexendo|mexido|trocou|trocado"),
    (3.0, "acesso nao autorizado, acesso indevido"),
    (1.5, "suspeit*"),
    (3.0, "novo acesso"),
    (3.0, "dispositivo* desconhecido*"),
    (3.0, "dois fatores, duas etapas, dois passos"),
    (3.0, "vulnerabilidade*"),
    (3.0, "roubad*|roubaram"),
    (3.0, "nao ~2 pedi|solicitei|solicitado|pedido|reconheco"),
    (3.0, "tentando|tentou|tentaram ~3 entrar|acessar|logar"),
    // it
    (3.0, "hackerat*|violat*"),
    (3.0, "compromess*"),
    (3.0, "accesso non autorizzato, accessi non autorizzati"),
    (1.5, "sospett*"),
    (3.0, "qualcuno ~4 entrato|accesso|cambiato|usando|usato|modificato|entrata|acceduto"),
    (3.0, "non da me"),
    (3.0, "non ~3 richiesto|chiesto|riconosco, cercando|provato|tentato ~3 accedere|entrare"),
    (3.0, "dispositivo sconosciuto, dispositivi sconosciuti"),
    (3.0, "due fattori, due passaggi"),
    (3.0, "vulnerabilita"),
    (3.0, "rubato|rubata|perso ~3 telefono|cellulare"),
    (3.0, "telefono|cellulare ~3 rubato|perso"),
    // nl
    (3.0, "gecompromitteerd"),
    (3.0, "onbevoegd*"),
    (1.5, "verdacht*"),
    (3.0, "iemand ~4 ingelogd|toegang|gewijzigd|veranderd|gebruikt"),
    (3.0, "niet door mij"),
    (3.0, "niet ~3 aangevraagd|gevraagd|herken, probeert|geprobeerd|proberen ~3 inloggen|loggen|toegang"),
    (3.0, "onbekend* ~2 apparaat|apparaten|locatie|login"),
    (3.0, "tweestapsverificatie, twee factor*, tweefactor*"),
    (3.0, "kwetsbaarheid*|beveiligingslek"),
    (3.0, "telefoon ~3 gestolen|kwijt|verloren"),
    // an account or device used by someone else, seven languages
    (2.0, "account ~4 was|been|got ~1 accessed|opened|entered"),
    (1.5, "accessed|login|signin ~2 from, logged|signed ~1 in ~2 from"),
    (1.5, "didn|never ~2 do|did|make|made|authori* ~2 that|this"),
    (3.0, "don|do|not ~2 recogni* ~3 device*|login*|sign|session*|location*|phone|ip|activity"),
    (1.5, "nicht ~1 kenne, hebben|heb ~1 wij|we|ik ~2 niet, no es ~1 nuestro|mio, nao e ~1 meu|minha|nosso|nossa, non e ~1 la ~1 mia|nostra, pas a ~1 nous|moi, non e ~1 nostro|mio"),
    // someone else still signing in with the customer's account ("mi ex sigue entrando con mi
    // cuenta"), and "sign me out everywhere", seven languages
    (3.0, "sigue|siguen|continua|continuan ~2 entrando|usando|utilizando|accediendo|conectandose ~4 mi|mis ~1 cuenta|acceso|perfil|datos, continua|continuam ~2 entrando|usando|acessando|utilizando ~4 minha|meu ~1 conta|acesso|perfil, ainda ~2 entra|usa|acessa ~3 minha|meu ~1 conta|acesso, continua|continuano ~2 a ~1 entrare|usare|accedere|utilizzare ~4 mio|mia ~1 account|accesso|profilo, continue|continuent ~1 a|d ~1 utiliser|acceder|se ~4 mon ~1 compte|acces, utilise|utilisent ~1 toujours ~1 mon ~1 compte|acces, nutzt|benutzt|verwendet ~2 immer ~1 noch ~3 mein*|unser* ~1 konto|zugang|account, blijft|blijven ~3 mijn ~1 account|toegang|profiel"),
    (2.0, "sign|log ~1 out ~4 all|every|everywhere ~1 device*|session*|phone*, cerrar|cierra|cierren|cerrad ~2 todas ~2 sesiones, deconnecter|deconnectez|deconnecte ~4 tous|toutes ~2 appareils|sessions, alle ~2 sitzungen|gerate ~3 abmelden|beenden|schliessen|ausloggen, encerrar|fechar|encerrem|fechem|desconectar ~2 todas ~2 sessoes, chiudere|chiudete|disconnettere|disconnettete ~3 tutte|tutti ~2 sessioni|dispositivi, uitloggen|afmelden ~3 alle ~1 apparaten|sessies, alle ~1 sessies|apparaten ~3 uitloggen|afmelden|beeindigen"),
    // a token, integration or user that nobody on the team created, seven languages
    (2.0, "nobody|noone|none ~4 made|created|added|installed|authorized|authorised, nobody|noone|none ~4 set ~1 up, no one ~4 made|created|added|installed|authorized|authorised, nadie ~4 creo|creado|anadio|instalo|autorizo, personne ~4 cree|creee|ajoute|installe|autorise, niemand ~4 erstellt|angelegt|hinzugefugt|installiert|autorisiert, ninguem ~4 criou|criado|adicionou|instalou|autorizou, nessuno ~4 creato|creata|aggiunto|installato|autorizzato, niemand ~4 aangemaakt|gemaakt|toegevoegd|geinstalleerd"),
    // "I didn't create it", "yo no lo he creado", "ich habe diesen Nutzer nicht angelegt", seven languages
    (2.0, "i|we ~1 didn|never|haven ~2 create|created|add|added|invite|invited ~1 it|that|this|them|him|her|user|account|admin|member|token|key|app|integration, no ~1 lo|la|los|las|le|les ~1 he|hemos|habia|habiamos ~1 creado|anadido|invitado, no ~1 he|hemos|habia|habiamos ~1 creado|anadido|invitado ~2 ese|esa|este|esta|a ~2 usuario|usuaria|cuenta|admin|administrador|miembro|token|clave|integracion|app, je|nous ~1 ne ~1 l ~1 ai|avons ~1 pas|jamais ~1 cree|creee|ajoute|ajoutee|invite|invitee, n ~1 ai|avons ~1 pas|jamais ~1 cree|creee|ajoute|ajoutee|invite|invitee ~2 cet|cette|ce ~1 utilisateur|utilisatrice|compte|admin|administrateur|membre|jeton|cle|integration, habe|haben ~4 nicht|nie angelegt|erstellt|hinzugefugt|eingeladen, nao ~2 criei|criamos|adicionei|adicionamos|convidei|convidamos ~2 esse|essa|este|esta|isso|isto|ele|ela|usuario|admin*|token|chave, non ~1 l|lo|la ~1 ho|abbiamo ~1 creato|creata|aggiunto|aggiunta|invitato|invitata, non ~1 ho|abbiamo ~1 creato|creata|aggiunto|aggiunta|invitato|invitata ~2 questo|questa|quel|quell|quello|quella ~1 utente|account|admin|amministratore|membro|token|chiave|integrazione, heb|hebben ~4 niet|nooit aangemaakt|toegevoegd|uitgenodigd"),
    // a contact address or number "I don't know" now on the account, seven languages
    (2.0, "direccion|correo|email|mail|gmail|numero|telefono|endereco|adresse|indirizzo|adres|nummer|telefoon ~6 que ~1 no ~1 conozco|conocemos, que ~1 nao ~1 conheco|conhecemos, que ~1 je|nous ~1 ne ~1 connais|connaissons ~1 pas, che ~1 non ~1 conosco|conosciamo, die ~1 ich|wir ~1 nicht ~1 kenne|kennen, die ~1 ik|we|wij ~1 niet ~1 ken|kennen"),
    // "I never changed it", "io non l'ho mai cambiata", seven languages
    (2.0, "i|we ~1 never|didn ~2 change|changed ~2 it|my|our ~1 email|password|address|number|phone, non ~1 l ~1 ho ~2 mai ~1 cambiata|cambiato|modificata|modificato, non ~2 ho ~1 mai ~1 cambiato|modificato ~2 la|il ~1 mia|mio ~1 email|mail|password|indirizzo|numero, nunca ~1 la|lo|he ~2 cambiado|cambie|modificado, no ~1 la|lo ~1 he ~1 cambiado|modificado, je ~1 ne ~1 l ~1 ai ~2 jamais|pas ~1 change|changee|modifie|modifiee, nunca ~1 a|o ~1 mudei|alterei|troquei, eu ~1 nao ~1 mudei|alterei|troquei, habe ~4 nie|nicht ~1 geandert, heb ~4 nooit|niet ~1 gewijzigd|veranderd|aangepast"),
    // the second factor no longer reaches the customer: "não consigo receber os códigos de verificação"
    (2.0, "can t|cannot|unable|not ~2 receive|receiving|get|getting ~3 verification|2fa|sms|login|security ~1 code|codes, no ~1 puedo|recibo ~3 recibir|los ~2 codigos|codigo ~1 de ~1 verificacion, nao ~1 consigo|recebo ~2 receber|os ~2 codigos|codigo ~1 de ~1 verificacao, ne ~2 recois|recevons|peux ~3 codes|code ~1 de ~1 verification, kann|bekomme|erhalte ~3 keine|nicht ~3 bestatigungscode*|verifizierungscode*|sicherheitscode*|codes, non ~1 ricevo|riesco ~3 codici|codice ~1 di ~1 verifica, ontvang|krijg ~3 geen ~2 verificatiecode*|codes"),
    // A stranger in a shared space: "how did she get in?", "nobody invited her", "what she saw"
    (3.0, "how ~2 did|do|could ~1 she|he|they|someone|somebody ~2 get|got ~1 in|into|access, how ~1 she|he|they|someone|somebody ~1 got ~1 in|into|access, comment ~2 elle|il|quelqu ~3 est ~1 entre|entree, comment ~2 elle|il|quelqu ~3 a ~1 eu ~1 acces, wie ~2 sie|er|jemand ~4 reingekommen|hereingekommen|zugang|zugriff, como ~2 ela|ele|alguem ~2 entrou|acessou, como ~2 ela|ele|alguem ~2 conseguiu ~1 acesso, come ~2 lei|lui|qualcuno ~3 entrata|entrato|accesso, come ~1 siano|sono|sia|hanno|abbiano ~2 entrati|entrate|entrato|entrata|accesso|acceduto, como ~1 entraron|accedieron|entraram|acessaram, como ~1 han|conseguiram|consiguieron ~1 entrado|entrar|acceder|acessar, wie ~1 die|diese ~4 reingekommen|hereingekommen, comment ~1 ils|elles ~2 sont ~1 entres|entrees|ont ~2 acces, hoe ~2 ze|zij|hij|iemand ~4 binnengekomen|toegang|erin, como ~2 ella|el|alguien ~2 entro|accedio|consiguio"),
    (2.0, "nobody|no one ~3 invited|added|knows ~1 her|him|them, nadie ~1 la|lo|le ~1 invito|conoce|anadio, personne ~1 ne ~1 l ~1 a ~1 invitee|invite|ajoutee|ajoute, personne ~1 ne ~1 la|le ~1 connait, niemand ~3 eingeladen|kennt|hinzugefugt, ninguem ~1 a|o ~1 convidou|conhece|adicionou, nessuno ~4 invitat*|aggiunt*|conosce, nadie ~3 los|las|les ~1 invito|invitamos|conoce|conocemos|anadio|anadimos, ninguem ~3 os|as ~1 convidou|convidamos|conhece|conhecemos|adicionou, niemand ~3 uitgenodigd|kent|toegevoegd"),
    (2.0, "what ~2 she|he|they|someone|somebody ~2 saw|seen|accessed|downloaded|viewed|opened"),
    (1.5, "stranger|strangers|desconocida|inconnue|fremde|fremder|fremden|estranha|sconosciuta|onbekende"),
    // members or admins nobody knows: "due membri sconosciuti con ruolo admin", seven languages
    (2.0, "unknown|unrecognized|unrecognised|strange ~2 user|users|member|members|admin|admins|administrator*|people|person, usuario*|miembro*|admin*|administrador* ~2 desconocid*, utilisateur*|membre*|admin*|administrateur* ~2 inconnu*, unbekannte* ~2 nutzer*|benutzer*|mitglied*|admin*|administrator*|person*, usuario*|membro*|admin*|administrador* ~2 desconhecid*, utent*|membri|membro|admin*|amministrator* ~2 sconosciut*, onbekende ~2 gebruiker*|leden|lid|admin*|beheerder*|personen"),
    // customer data opened by people outside the company ("the link is being opened by people
    // outside the company … find out who opened it")
    (2.0, "opened|viewed|accessed|seen|downloaded|opening|viewing|accessing ~4 by ~3 outside|outsiders|external|strangers, people|someone|anyone|persons ~2 outside ~2 the|our ~1 company|organisation|organization|team|firm"),
    (1.5, "who ~3 opened|viewed|accessed|downloaded ~2 it|them|the|our|this"),
    // "I haven't given my PIN to anyone", seven languages
    (2.0, "haven|never|didn|not|don ~4 pin|password|passcode|code|credentials|login ~3 to|with ~1 anyone|anybody, contrasena|clave|pin|codigo ~4 a ~1 nadie, passe|code|pin ~4 a ~1 personne, passwort|pin|kennwort|code|zugangsdaten ~4 niemandem|niemand, niemandem ~4 passwort|pin|kennwort|code|zugangsdaten, senha|pin|codigo ~4 para|a|com ~1 ninguem, password|pin|codice ~4 a|con ~1 nessuno, wachtwoord|pincode|pin|code ~4 aan|met ~1 niemand, niemand ~4 wachtwoord|pincode|pin"),
    (1.5, "should ~2 i|we ~1 be ~1 worried|concerned, do ~2 i|we ~1 need ~1 to ~1 worry"),
    (1.5, "linked|connected ~1 devices, gekoppelde apparaten, appareils connectes, verbundene gerate, dispositiv* ~1 collegat*|vinculad*|conectad*"),
];

const BILLING_REFUND: Cues = cue_list![
    // "que se nos abone la diferencia", "les 9,99 en trop", "o que paguei a mais"
    (3.0, "abon* ~3 diferencia|importe|cantidad|dinero|meses|cobrado, paye|payes|preleve*|facture*|rendre|rembourser ~4 en trop, paguei|pago|pagamos|cobrado|cobraram ~2 a mais, cobrado|pagado|pague|cobraron ~2 de mas, pagato|addebitato|pagati ~2 in eccesso, zu viel ~2 bezahlt|berechnet|abgebucht, te veel ~2 betaald|gerekend|afgeschreven"),
    // en
    (3.0, "refund*"),
    (3.0, "money back"),
    // "when do I get my money?" is as often a payout on its way
    (1.5, "my money"),
    (3.0, "get|have|want ~3 difference|amount|payment|payments|money|fee|fees|charge|charges|rest|remainder|balance|anything|something|part|portion ~2 back|returned|refunded, overpaid, overpay*"),
    (3.0, "valor|dinheiro|montante ~2 de volta, quero ~3 de volta, receber|recuperar|ter ~1 de ~1 volta, recibir|recuperar ~1 de ~1 vuelta, restitui*|restituite|restituirmi ~3 differenza|importo|soldi|euro, uberweisen ~8 zuruck, zuruckuberweis*, zuruckzahl*, geld ~2 zuruck, terugstort*, geld ~2 terug"),
    (3.0, "money|amount|charge|payment ~3 returned|reversed, devolv* ~3 dinero|importe|cobro|pago, me devuelvan|devolvais, dinero de vuelta"),
    (3.0, "chargeback*, charge back"),
    // "a dispute with my bank", not "a dispute with them" (the customer's own client)
    (3.0, "dispute ~3 charge|payment|transaction, dispute ~3 with ~2 bank|card|paypal|issuer|visa|mastercard|amex"),
    (3.0, "reimburs*"),
    (3.0, "service credit*, sla credit*, account credit*"),
    (3.0, "credit|credits ~3 back|downtime|outage|incident, credit to our account, credit on our next invoice"),
    // "any chance of a credit?", "get some of that credited back", "waive the overage"
    (3.0, "credited|refunded|reimbursed ~1 back"),
    // a referral credit that never arrived, seven languages
    (2.0, "referral|refer|invitacion|invitar|codigo|parrainage|parrain*|empfehlung*|geworben|indicacao|indicar|invito|invitare|uitnodiging|doorverwijz* ~8 credit*|credito*|gutschrift*|guthaben|tegoed|bonus, credit*|credito*|gutschrift*|guthaben|tegoed|bonus ~4 por|for|pour|fur|per|voor ~2 invitar|inviting|referring|parrainer|einladen|werben|indicar|invitare|uitnodigen"),
    (2.0, "chance|get|request|requesting|issue|give|ask|asking ~2 a|an|some|any|partial|goodwill ~1 credit"),
    (2.0, "waive|waived|waiving|waiver ~3 fee|fees|charge|charges|bill|overage*|cost|costs"),
    // A credit note is also how an invoice gets corrected (billing), so it only supports;
    // the difference taken off the next invoice is money back. Seven languages.
    (1.0, "credit ~1 note|notes, nota|notas ~1 de ~1 credito, note ~1 de ~1 credit, gutschrift*, nota ~1 di ~1 credito, un|l ~1 avoir"),
    // a credit for the difference already billed: "nous faire un avoir pour la différence"
    (3.0, "credit|credits|gutschrift|abono|credito|tegoed|creditnota ~5 difference|differenz|diferencia|differenza|verschil|diferenca, un|d|l ~1 avoir ~5 difference|differenz|diferencia|differenza|verschil|diferenca, credit ~1 note ~5 difference|differenz|diferencia|differenza|verschil|diferenca"),
    (3.0, "deduct*|offset|subtract*|descontar|descuent*|deduire|deduis*|deduisez|abziehen|verrechnen|verrekenen|verrekend|scalare|scalate|detrarre|compensar|compenser|abater|abatam|aftrekken ~6 next|proxima|prochaine|nachste*|volgende|prossima ~1 invoice|bill|factura|facture|rechnung|fatura|fattura|factuur|month|mes|mois|monat|mese|maand"),
    (2.0, "verrekenen|verrekend|verrekening"),
    // "¿me devolvéis la parte proporcional de lo que no uso?"
    (2.0, "parte ~1 proporcional, part ~1 proportionnelle, anteil ~1 anteilig, parte ~1 proporzionale"),
    // "récupérer mes 22 € ?": supporting only, "recuperar mis 200 contactos" reads the same
    (1.5, "recuperer|recuperar|reaver|recuperare|riavere ~2 mes|mis|meus|miei|nos|nuestros|nossos|nostri ~1 #"),
    // "riavere la differenza", "den Betrag gern wieder zurück", seven languages
    (3.0, "riavere|riottenere|recuperare ~3 differenza|soldi|importo|denaro|somma|pagamento, recuperar ~3 diferencia|dinero|importe|diferenca|dinheiro|valor, reaver ~3 diferenca|dinheiro|valor|pagamento, recuperer|recupere ~3 difference|argent|montant|somme, betrag|differenz|summe|beitrag|credits|guthaben ~4 zuruck|zuruckbekommen|zuruckhaben|wiederhaben, wieder ~1 gutzuschreiben|gutschreiben|gutgeschrieben, verschil|bedrag ~3 terug|terugkrijgen|teruggestort|terugbetaald"),
    // "two charges on the same day", seven languages (charges only: "two payment methods" is billing)
    (2.0, "two|dos|deux|zwei|dois|duas|due|twee ~1 charges|cargos|cobros|prelevements|abbuchungen|cobrancas|addebiti|afschrijvingen|debits"),
    (3.0, "compensat*"),
    (3.0, "charged|billed|debited ~3 twice|double|again|two"),
    (3.0, "double ~1 charge*|charged|billing|payment"),
    (3.0, "duplicate ~1 charge*|payment*|transaction*"),
    (3.0, "revers* ~3 charge*|payment|transaction"),
    (3.0, "charged ~4 after ~3 cancel*"),
    (3.0, "still ~2 charged|billed"),
    (3.0, "overcharg*, wrongly charged, charged by mistake, charged in error, incorrectly charged"),
    (3.0, "accidental* ~3 purchas*|subscri*|upgrad*|bought|charged|renew*"),
    (3.0, "by ~1 mistake|accident ~3 subscri*|purchas*|upgrad*|bought|annual|yearly, subscri*|purchas*|upgrad*|bought|annual|yearly ~4 by ~1 mistake|accident|error"),
    // not "when do I get my money": a payout on its way
    (3.0, "want|need ~3 my|our money"),
    (3.0, "get|want|have|need ~2 money|charge|payment|amount|fee ~1 back"),
    // "get it back" is as often a deleted file or a lost setting
    (1.5, "get|want|have|need ~2 that|it|this ~1 back"),
    (2.0, "forgot to cancel"),
    // "could you apply the credit for the remaining days?" after a downgrade
    (3.0, "apply|issue|give|add ~2 the|a|that|our ~1 credit ~3 for|to ~2 the ~1 remaining|unused|rest"),
    (2.0, "credit ~2 for ~1 the ~1 remaining|unused ~1 days|months|period|time"),
    // "l'argent n'est toujours pas revenu", "the deposit hold was never released", seven languages
    (3.0, "money|argent|dinero|geld|dinheiro|soldi|bedrag|betrag|importe|montant ~4 not|never|pas|no|nicht|niet|nao|non|nunca|jamais|nie|nooit|mai ~3 revenu|rendu|returned|back|released|zuruck|terug|devuelto|devuelta|devolvido|restituit*|tornat*|voltou|vuelto|freigegeben|vrijgegeven"),
    (2.0, "debloquer|debloquez|liberer|liberez|release|freigeben|liberar|liberen|sbloccare|sbloccate|vrijgeven|ontgrendelen ~3 caution|deposit|hold|kaution|deposito|cauzione|borg|fianza|preautoriz*|pre|vorautoris*|blocage|blockierung|bloqueo|bloqueio|blocco"),
    // "I want the $612 I paid for production and shipping back"
    (3.0, "want|need|like|expect ~3 i|we ~1 paid ~6 back"),
    // "Take it off my card": a charge to be reversed
    (3.0, "take|get ~3 it|this|that|fine|charge|fee|amount ~2 off ~2 my ~1 card|account|bill|invoice"),
    // "Ich möchte die 30 € zurück", "wil die 30 euro terug", seven languages
    (3.0, "mochte|mochten|will|wollen|hatte ~3 # ~3 zuruck, wil|wilt|willen ~3 # ~3 terug, quiero|queremos|quisiera ~3 # ~3 de ~1 vuelta, quero|queremos|queria ~3 # ~3 de ~1 volta, voglio|vorrei|rivoglio ~3 # ~3 indietro"),
    // "I'd like the $4.99 back"
    (3.0, "want|need|like|expect|get ~2 # ~2 back|refunded|returned"),
    // "I'd like those three Boosts back": bought in-app credits returned
    (3.0, "want|need|like|expect|get ~3 boosts|credits|coins|tokens|gems|superlikes|lessons|sessions ~1 back|restored|returned|refunded"),
    (2.0, "return ~3 money|payment|charge"),
    // "ho pagato due volte 54,90 €", "zweimal bezahlt", seven languages
    (3.0, "pagato|pagata|comprato|comprata|acquistato ~4 due ~1 volte, pague|compre|pagamos ~4 dos ~1 veces, paye|achete ~4 deux ~1 fois, zweimal ~3 bezahlt|gekauft, paguei|comprei ~4 duas ~1 vezes, twee ~1 keer ~3 betaald|gekocht"),
    // "una mancia di 50 € invece di 5 … 45 euro in più", a tip left by mistake, seven languages
    (2.0, "mancia|propina|pourboire|trinkgeld|gorjeta|fooi|tip ~8 errore|sbaglio|error|erreur|versehen|engano|ongeluk|mistake|instead|invece|lugar|lieu|statt|vez|plaats, errore|sbaglio|error|erreur|versehen|engano|ongeluk|mistake ~6 mancia|propina|pourboire|trinkgeld|gorjeta|fooi|tip"),
    (2.0, "euro|euros|eur|dollars|pounds|francs|reais ~1 in ~1 piu, euro|euros|eur|dollars|pounds ~1 too ~1 much, euro|euros|dolares|pesos ~1 de ~1 mas, euro|euros|francs ~1 en ~1 trop, euro|eur|franken ~1 zu ~1 viel, euro|euros|reais ~1 a ~1 mais, euro|eur ~1 te ~1 veel"),
    // "I don't really feel I should be paying for that one"
    (2.0, "feel|think ~3 should ~2 be ~1 paying|charged|billed ~2 for"),
    // "I'd like the value of those back", "what are our options for the eight he hasn't used?"
    (3.0, "like|want|need|get|have ~3 value|worth|cost|price ~4 back|refunded|returned"),
    (2.0, "options ~5 hasn|haven|not|never|unused ~1 used|lessons|sessions|credits|classes"),
    (1.5, "going ~1 to ~1 waste, money ~3 sitting ~1 there|around|idle"),
    // "two lines from you on 14 Nov, both £348.00", "two payments same day?"
    (3.0, "two|2|dos|deux|zwei|dois|duas|due|twee ~1 payments|lines|entries|transactions|debits|pagos|cargos|lignes|paiements|zahlungen|buchungen|pagamentos|pagamenti|betalingen ~3 same ~1 day|date|amount, two|2 ~1 lines|entries|transactions|debits ~8 both ~1 #"),
    // "I still see a $55 charge … I thought nothing gets charged if a campaign fails"
    (2.0, "still ~3 see|seeing|have|shows|showing ~4 charge|debit|payment"),
    (2.0, "thought|understood|told ~5 nothing|wouldn|not|no|never ~3 charged|billed|taken|debited"),
    // "what happens with the €52 I paid?" after a torn dress arrived, seven languages
    (2.0, "what ~1 happens ~3 with|to ~3 money|refund|payment|# ~2 i|we ~1 paid, que ~1 pasa ~2 con ~3 dinero|pago|# ~2 pague, que ~1 se ~1 passe ~4 argent|paiement|# ~2 paye, was ~1 passiert ~2 mit ~3 geld|zahlung|# ~2 bezahlt, o ~1 que ~1 acontece ~2 com ~3 dinheiro|pagamento|# ~2 paguei, cosa ~1 succede ~3 soldi|pagamento|# ~2 pagato, wat ~1 gebeurt ~3 geld|betaling|# ~2 betaald"),
    (1.5, "arrived|came|delivered|arrive|arrivee|llego|chego|angekommen|geliefert|arrivato|arrivata|aangekomen|geleverd ~3 torn|damaged|broken|ripped|stained|defective|roto|rota|rompu|dechire|abime|kaputt|beschadigt|kapot|rotto|rotta|strappato|danificado|rasgado|rasgada|beschadigd|gescheurd|zerrissen|bescha*"),
    // "al geannuleerd … toch €72,50 afgeschreven": charged for what was cancelled, six languages
    (2.0, "toch|alsnog ~6 afgeschreven|gefactureerd|geincasseerd, quand ~1 meme ~6 preleve|prelevee|debite|facture, igual|igualmente|aun ~1 asi ~6 cobrado|cobraron|cobrada, mesmo ~1 assim ~6 cobrado|cobrada|cobraram|cobrou, comunque ~6 addebitato|addebitata|addebitati|scalato"),
    (3.0, "geannuleerd|opgezegd|annulee|annule|annulees|annules|cancelado|cancelada|cancelei|cancele|cancelamos|annullato|annullata|disdetto ~10 afgeschreven|gefactureerd|preleve|prelevee|debite|debitee|cobrado|cobrada|cobraron|cobrou|cobraram|addebitato|addebitata|addebitati|scalato|scalati"),
    // "Premium gekauft, aber nie genutzt": supporting, "paid for it, never used the import, how?" reads the same
    (1.5, "paid|bought|purchased|gekauft|bezahlt|compre|pague|achete|paye|comprei|paguei|comprato|pagato|gekocht|betaald ~8 never|not|nie|nicht|nunca|jamais|pas|nao|mai|nooit|niet ~2 used|using|genutzt|benutzt|verwendet|usado|usada|utilise|utilisee|usato|usata|gebruikt"),
    // "Geht da noch was?": asking what can still be done, only with another refund cue
    (1.0, "geht da noch was, is there anything you can do, can anything be done, se puede hacer algo, podeis hacer algo, pouvez vous faire quelque chose, y a t il moyen, lasst sich da was machen, kunnen jullie er iets aan doen, valt er iets aan te doen, da pra fazer alguma coisa, si puo fare qualcosa, potete fare qualcosa"),
    (2.0, "goodwill"),
    // es
    (3.0, "reembols*"),
    (3.0, "devolu*|devolved*|devuelv*|devolver"),
    (3.0, "cobr* ~3 doble|duplicado, cobr* ~3 dos veces, cobr* ~3 de mas"),
    (3.0, "cobro|cargo ~1 duplicado|doble|indebido"),
    (3.0, "mi dinero, nuestro dinero"),
    (3.0, "compensacion|indemnizacion"),
    (3.0, "contracargo"),
    (1.0, "abono"),
    // fr
    (3.0, "rembours*"),
    (3.0, "debit*|prelev*|factur* ~2 deux fois, debit*|prelev*|factur* ~2 en double"),
    (3.0, "double ~1 prelevement|debit|facturation"),
    (3.0, "mon argent, notre argent"),
    (3.0, "dedommag*, geste commercial, indemnisation"),
    (3.0, "pris|preleve|debite|facture ~1 par erreur"),
    (1.0, "par erreur"),
    // de
    (3.0, "erstatt*|ruckerstatt*|zuruckerstatt*"),
    (3.0, "geld zuruck, mein geld, unser geld"),
    (3.0, "zuruckbuch*, ruckbuch*, ruckbelastung, lastschrift zuruck"),
    (3.0, "doppelt|zweimal ~2 abgebucht|belastet|berechnet|bezahlt|eingezogen"),
    (3.0, "gutschrift|entschadigung|kulanz"),
    (3.0, "zuruckuberweis*|zuruckzahl*|zuruck ~1 uberweis*|zahlen|buchen, trotzdem ~12 abgebucht|belastet|berechnet|eingezogen"),
    (3.0, "gekundigt|storniert ~14 abgebucht|belastet|berechnet|eingezogen, abgebucht|belastet|berechnet ~8 gekundigt|kundigung"),
    (3.0, "abbuchung*|betrag ~6 zweimal|doppelt, doppelt* ~1 abbuchung*|lastschrift*|zahlung*"),
    (2.0, "versehentlich ~4 abgeschlossen|gekauft|gebucht"),
    // pt
    (3.0, "estorn*"),
    (3.0, "dinheiro de volta, meu dinheiro"),
    (1.5, "dinheiro"),
    (3.0, "cobrad*|cobraram|debitad* ~2 duas vezes, cobrad*|cobraram|debitad* ~2 em dobro"),
    (3.0, "cobranca ~1 duplicada|indevida, cobranca em dobro"),
    (3.0, "compensacao|ressarcimento|ressarcir"),
    // it
    (3.0, "rimbors*"),
    (3.0, "soldi indietro, miei soldi"),
    (3.0, "addebitat* ~2 due volte, addebitat* ~2 doppio"),
    (3.0, "doppio addebito, addebito duplicato, addebito doppio"),
    (3.0, "risarcimento|indennizzo|riaccredit*"),
    (2.0, "storno|stornare"),
    // nl
    (3.0, "terugbetal*, terug betalen, terugstort*"),
    (3.0, "geld terug, mijn geld"),
    (3.0, "restitutie|compensatie|vergoeding"),
    (3.0, "dubbel|tweemaal ~2 afgeschreven|betaald|gefactureerd, twee keer ~2 afgeschreven|betaald|gefactureerd"),
    (1.0, "creditnota*|tegoed"),
    // money that went out twice or should come back, and still being charged, seven languages
    (3.0, "taken|took|left|debited|deducted|charged|billed|paid|processed ~4 twice|double, two|2 ~1 identical ~1 charges|payments"),
    (3.0, "returned|refunded|credited|paid|put ~1 back ~3 to|on|onto ~2 card|account|bank, returned|reversed|refunded ~1 to|on ~2 card|bank"),
    (3.0, "want|need|like|get|have|would ~5 returned|reversed|refunded|reimbursed"),
    (3.0, "money|amount|charge|charges|payment|fee|fees|sum ~3 come|comes|coming ~1 back"),
    (3.0, "rivoglio|ridatemi|restituitemi, soldi|importo|somma ~3 indietro|restituit*"),
    (3.0, "siguen ~2 cobrando, ancora ~2 addebit*, ainda ~2 cobr*, toujours ~2 preleve*"),
    // compensation under an SLA or for downtime
    (3.0, "sla|slas ~10 credit*|claim*|compens*|apply|aplique|applique*|applica*|corresponde|entitled|owed|penal*|gutschrift*|avoir|abono|refund*|factur*|fattur*|rechnung|invoice, credit*|claim*|compens*|penal*|aplique|application ~10 sla"),
    (3.0, "nivel|niveau|livello ~2 servicio|service|servizio ~10 credit*|compens*|aplique|applique*|applica*|corresponde|penal*|abono|avoir|factur*|fattur*"),
    (3.0, "discount ~6 downtime|outage, downtime|outage ~6 credit*|discount"),
];

const LEGAL: Cues = cue_list![
    // holding the company liable, seven languages
    (3.0, "liable, liability claim*, hold ~2 responsible|accountable, aansprakelijk*, haftbar, schadensersatz|schadenersatz, responsabiliz*, tenir ~2 responsabl*, ritenere ~2 responsabil*, responsables ~2 de los danos, rechtszaak|rechtsgang|gerechtelijk*"),
    // rights holders and takedowns, seven languages
    // someone reselling the customer's own work: "selling my course under their name", seven languages
    (3.0, "my|our|mi|mis|mon|mes|meinen|meine|meu|meus|mio|miei|mijn|onze ~1 course|courses|content|videos|photos|images|designs|templates|book|music|songs|work|curso|cursos|contenido|cours|contenu|kurs|inhalte|conteudo|corso|contenuti|cursus ~8 under|sous|bajo|con|unter|com|onder ~2 his|her|their|su|son|sa|seinem|ihrem|seinen|o|il|zijn|haar ~1 name|nombre|nom|namen|nome|naam|brand|marca|marque|marke|logo, stole|stolen|ripped|robado|robaron|vole|geklaut|gestohlen|roubou|roubado|rubato|gestolen ~3 my|our|mi|mis|mon|mes|meinen|meine|meu|meus|il|i|mijn ~1 course|courses|content|videos|photos|images|designs|work|curso|contenido|cours|contenu|kurs|inhalte|conteudo|corso|contenuti|cursus|foto|fotos"),
    (2.0, "want|need ~3 it|this|them|that ~1 gone|removed|taken ~3 from|off ~1 your ~1 site|platform|marketplace|store|website"),
    // the writer's paid work republished elsewhere: "a website that posts every single paid essay",
    // "une chaîne Telegram copie-colle l'intégralité de mes articles", seven languages
    (3.0, "website|site|channel|blog|chaine|canal|kanal|telegram ~6 posts|publishes|copies|republishes|reposts|publie|copie|publica|copia|veroffentlicht|kopiert|pubblica|plaatst|kopieert|publiceert ~4 every|all|each|tous|toutes|todos|todas|alle|tutti|tutte|mes|mis|meine|meus|miei|mijn|my ~3 paid|premium|subscriber|payants|pagos|bezahlten|pagati|betaalde|articles|articulos|artikel|artigos|articoli|artikelen|essays|posts, copie|copy|copia|kopiert ~1 colle|paste|pega|cola|incolla|plakt ~6 mes|mis|meine|meus|miei|mijn|my ~3 articles|articulos|artikel|artigos|articoli|artikelen|essays|posts|textes|textos|texte|testi|teksten"),
    (2.0, "with|avec|con|mit|com|met ~1 my|mon|mi|meinem|meu|mio|mijn ~1 name|nom|nombre|namen|nome|naam ~1 stripped|removed|enleve|retire|quitado|borrado|entfernt|removido|rimosso|verwijderd"),
    // "Mein Kurs wird auf einer anderen Seite verkauft", the customer's work sold elsewhere, seven languages
    (3.0, "verkauft|angeboten|sold|selling|resold|reselling|vendido|vendiendo|vendu|vendus|venduto|venduti|verkocht|aangeboden ~6 another|other|anderen|andere|otro|otra|autre|outro|outra|altro|altra ~1 site|seite|website|webseite|sitio|sito|plattform|platform|plataforma|plateforme|piattaforma, another|other|anderen|andere|otro|otra|autre|outro|outra|altro|altra ~1 site|seite|website|webseite|sitio|sito|plattform|platform|plataforma|plateforme|piattaforma ~3 verkauft|angeboten|sold|resold|vendido|vendu|venduto|verkocht|aangeboden"),
    (3.0, "copyright*, infring*, takedown, dmca, contrefa*, droits d auteur, titulaire* des droits, retrait de contenu, retirer ce contenu, lcen, derechos de autor, retirar el contenido, urheberrecht*, markenrecht*, direitos autorais, diritto d autore, diritti d autore, rimozione del contenuto, auteursrecht*, inbreuk*"),
    // en
    (3.0, "gdpr|ccpa|cpra|dsar|lgpd|hipaa|pipeda|dsgvo|rgpd"),
    // the Dutch GDPR, not a table's "Avg" column in pasted output
    (3.0, "de|onder|volgens|conform|krachtens ~1 avg, avg ~1 verzoek|verplichting*|artikel|rechten|recht|regels|wetgeving"),
    (3.0, "data subject, subject access, access request"),
    (3.0, "right to ~2 erasure|access|deletion|portability, right to be forgotten"),
    (3.0, "erasure"),
    (2.0, "personal data, personal information"),
    (3.0, "delete*|erase*|remove*|purge* ~4 data|records|information|everything ~3 about|on|of ~1 me|us, as required by law, required by law, legally required, legal obligation, statutory"),
    (3.0, "data ~3 you ~1 hold|have|store|keep|collect|process ~2 about|on|of ~1 me|us|my, copy of ~4 data|information ~3 about|on ~1 me|us|you, what data ~4 about me"),
    (3.0, "lawyer*, attorney*, solicitor*, counsel, law firm, barrister*, paralegal"),
    (3.0, "subpoena*, court order, warrant, summons"),
    // "my brother-in-law does personal injury work", seven languages
    (3.0, "personal ~1 injury, injury ~1 claim|lawyer|solicitor|attorney|case, danos ~1 personales|corporales, dommage|dommages|prejudice ~1 corporel|corporels, personenschaden, schmerzensgeld, danos ~1 pessoais|corporais, lesioni ~1 personali, danni ~2 persona, letselschade"),
    // an agency asking for another person's records: "the county child support enforcement office"
    (3.0, "child support ~3 agency|office|enforcement|division|unit|services|case, enforcement ~1 agency|office|unit, on ~2 agency|official|department|government ~1 letterhead"),
    (2.0, "caseworker, case worker, copies|copy ~2 of ~4 records|returns|statements|files ~4 filed|held|submitted ~3 by ~2 mr|mrs|ms|a|another|one"),
    (3.0, "lawsuit, sue, suing, litigation, legal action, legal proceedings, small claims"),
    (3.0, "take down notice, cease and desist"),
    (2.0, "taken down, take ~2 down"),
    (3.0, "trademark*"),
    // a registered mark and the offices that register them, seven languages
    (3.0, "marca|marque|marke|merk|marchio ~3 registrada|registrado|deposee|enregistree|eingetragen*|registriert*|geregistreerd|registrato|registrata, euipo|oepm|inpi|dpma|uibm|boip|uspto|wipo"),
    (3.0, "breach of contract, terms of service ~6 void|breach|violat*|dispute|clause"),
    (3.0, "clause ~1 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15"),
    // a lawyer's "our client"; an agency says it of every site it builds, so alone it only supports
    (3.0, "we act for, on behalf of ~1 our|my ~1 client"),
    (1.0, "our client"),
    (3.0, "data processing agreement, data processing addendum, dpa, sub processor*, subprocessor*"),
    (3.0, "standard contractual clauses, scc, sccs"),
    (2.0, "legal department, legal team, legal counsel, legal notice, legal matter"),
    (3.0, "law enforcement, police"),
    (2.0, "formal notice, formal complaint"),
    // "I'm not accepting a change to my contract … otherwise I'll be taking advice"
    (2.0, "ll|will|otherwise ~3 taking|take|seek|seeking ~1 advice, not|won ~2 accept|accepting ~3 change|changes ~3 contract|terms|agreement"),
    (3.0, "defamat*|libel|slander"),
    (2.0, "regulator, ombudsman, supervisory authority, data protection authority, ico, cnil, ftc, attorney general"),
    (2.0, "article|art ~1 15|16|17|18|20|21"),
    (2.0, "contract ~3 dispute|terminat*|breach|void|null"),
    (2.0, "void, null and void"),
    (2.0, "liabilit*|indemnif*"),
    (2.0, "privacy ~2 request|complaint|violation"),
    // es
    (3.0, "lopd, datos personales"),
    (3.0, "derecho ~2 acceso|olvido|supresion|portabilidad|rectificacion"),
    (3.0, "abogad*|bufete"),
    (3.0, "acciones legales, accion legal, via judicial, demanda judicial, demandar*"),
    (3.0, "citacion judicial, orden judicial, tribunal*, juzgado"),
    (3.0, "propiedad intelectual, marca registrada"),
    (3.0, "incumplimiento de contrato, rescision"),
    (2.0, "departamento legal, departamento juridico, asesoria juridica"),
    (2.0, "en virtud del, articulo ~1 15|17"),
    // fr
    (3.0, "donnees personnelles, donnees a caractere personnel"),
    (3.0, "droit d acces, droit a l oubli, droit a l effacement, droit de rectification"),
    (3.0, "avocat*"),
    (2.0, "juridique*"),
    (3.0, "mise en demeure, action en justice, poursuite*, tribunal, assignation"),
    (3.0, "accord de traitement, sous traitant*, clauses contractuelles"),
    // de
    (3.0, "datenschutz*|personenbezogen*"),
    (3.0, "auskunft* ~3 art|artikel|gemass|daten"),
    (3.0, "anwalt*|rechtsanwalt*|anwaltskanzlei"),
    (3.0, "gericht*, klage, verklagen, rechtliche schritte, abmahnung"),
    (3.0, "auftragsverarbeitung*|avv|unterauftragsverarbeiter"),
    // a lawyer's letter whose title sits in the (unread) signature: "in Vollmacht unserer Mandanten"
    // a lawyer's "meine Mandantin"; an accountant's "unsere Mandanten" are just their clients
    (3.0, "meine|meiner|meinem|unsere|unserer|unserem ~1 mandant|mandantin|mandantschaft, meines|unseres ~1 mandanten, namens ~2 mandant*, vollmacht|rechtsprechung|erbschein|erbengemeinschaft|nachlassverwalter*, fordern ~2 wir ~2 sie ~1 auf"),
    (2.0, "vertrag ~3 kundigung|streit|verletzung|nichtig|unwirksam"),
    (2.0, "rechtsabteilung"),
    // pt
    (3.0, "dados pessoais, titular dos dados"),
    (3.0, "advogad*"),
    (3.0, "processo judicial, acao judicial, justica, tribunal, procon"),
    (2.0, "juridic*"),
    (3.0, "notificacao extrajudicial"),
    // it
    (3.0, "dati personali"),
    (3.0, "avvocat*"),
    (2.0, "ufficio|studio|azione|rappresentante|consulente|vie ~1 legale|legali"),
    (3.0, "diffida, tribunale, azione legale, vie legali, causa legale"),
    (2.0, "garante"),
    // nl
    (3.0, "persoonsgegevens"),
    (3.0, "advocaat|advocaten|advocatenkantoor"),
    (2.0, "juridisch*"),
    (3.0, "rechtbank|dagvaarding|ingebrekestelling|sommatie|rechtszaak"),
    (3.0, "inzageverzoek, verzoek om inzage, verwerkersovereenkomst"),
    // "everything you store about me" without the legal words, seven languages
    (3.0, "everything|all ~4 you ~3 store|stored|hold|have|keep|kept|collected ~3 about|on|of ~1 me, alles ~6 bewaren|opgeslagen|bewaard|hebben|weten ~3 over ~1 mij, overzicht ~4 alles ~6 mij"),
    (3.0, "alles ~4 uber ~1 mich ~3 gespeichert|speichern|habt|haben, tout ce que ~3 vous ~3 sur ~1 moi, todo lo que ~4 sobre ~1 mi, tudo o que ~4 sobre ~1 mim, tutto cio che ~4 su ~1 di ~1 me, tutti i dati ~3 su di me"),
    // a legal right or duty invoked in plain words
    (2.0, "by|per|por|par|laut|volgens ~1 law|legge|ley|lei|loi|gesetz|wet, wettelijk|gesetzlich* ~3 verplicht|verpflichtet, legally ~2 obliged|obligated|required, obligad*|obrigad*|obbligat*|oblige* ~2 por|per|par ~1 ley|lei|legge|loi"),
    (2.0, "i have|ve ~2 the right to, tengo ~1 derecho, j ai le droit, ich habe ~2 recht auf|das recht, tenho ~1 direito, ho ~1 diritto, ik heb ~3 recht op|het recht"),
    // processing agreements and sub-processors, es/fr/it/pt
    (3.0, "accordo ~3 trattamento ~2 dati, responsabile del trattamento, sub responsabil*, subresponsabil*, encargado del tratamiento, subencargad*, acuerdo de tratamiento, contrato de tratamiento, sous traitance ulterieure, operador de dados, suboperador*"),
];

const OUTAGE: Cues = cue_list![
    // "¿es cosa mía o os pasa algo?", "c'est moi ou chez vous?", "liegt es an mir oder an euch?"
    (3.0, "cosa ~1 mia|nuestra ~2 o ~3 vosotros|ustedes|pasa, os|les pasa algo, moi ou ~2 vous|chez, an mir oder ~2 euch|ihnen|bei, aan mij of ~2 jullie, da parte vostra, do lado de voces"),
    // many sites or the status page, seven languages
    (3.0, "alle|allen ~2 standort*|filialen|niederlassungen, all|every ~2 sites|locations|offices|branches, todas ~2 sedes|filiais|oficinas, tutte ~2 sedi|filiali, alle ~2 vestigingen|locaties"),
    // en
    (3.0, "outage*"),
    // "is something broken on your side?", "25 people can't work", seven languages
    (2.0, "bei ~1 euch|ihnen ~3 kaputt|los|gange|down|problem*|storung, chez ~1 vous ~3 panne|probleme|casse, de|en ~1 vuestro|su ~1 lado ~3 caido|problema|roto, do ~1 vosso|seu ~1 lado ~3 problema|fora, da ~1 voi ~3 problema|guasto|rotto, bij ~1 jullie ~3 kapot|storing|probleem|mis"),
    (2.0, "unable to work, cannot work, can not work, can t ~1 work, nicht ~1 arbeiten, no ~2 podemos|pueden ~1 trabajar, ne ~2 pouvons|peuvent ~2 travailler, nao ~2 conseguimos|conseguem|podemos|podem ~1 trabalhar, non ~2 possiamo|possono|riusciamo ~1 lavorare, kunnen ~3 niet ~1 werken"),
    (3.0, "down for ~1 everyone|everybody|all"),
    (3.0, "or just me, just me or"),
    (3.0, "is it ~1 down, site|app|service|api|platform|website|server|servers|everything ~2 down, it is|s down"),
    (1.5, "went|go|goes|been|are|is ~1 down"),
    (2.0, "incident"),
    // the vendor's status page ("your status page says all green"); a status page alone is also
    // what status-page and incident products sell
    (3.0, "your|vuestra|votre|ihre|eure|sua|vossa|vostra|jullie|uw ~1 status ~1 page, your|jullie|uw ~1 statuspage|statuspagina, vuestra|su ~1 pagina ~1 de ~1 estado, votre ~1 page ~1 de ~1 statut, ihre|eure ~1 statusseite, sua|vossa ~1 pagina ~1 de ~1 status, vostra ~1 pagina ~1 di ~1 stato"),
    (3.0, "status ~1 page ~4 says|shows|green|operational|nothing, statusseite ~4 zeigt|grun|nichts, statuspagina ~4 toont|groen|niets, pagina ~1 de ~1 estado ~4 dice|muestra|verde|nada, page ~1 de ~1 statut ~4 indique|affiche|vert|rien, pagina ~1 di ~1 stato ~4 dice|mostra|verde|niente, pagina ~1 de ~1 status ~4 diz|mostra|verde|nada"),
    (1.5, "status page, statuspage, statusseite, pagina de estado, page de statut, pagina di stato, statuspagina"),
    (2.0, "nobody ~3 can, no one ~3 can, none of us ~3 can"),
    (1.5, "everyone, everybody, whole team, entire team, all users, all our users, all of us, for anyone, for anybody, no one can, none of our, for any of our, for all of our"),
    (2.0, "known issue, known problem, widespread issue"),
    (1.5, "whole|entire ~1 org|organization|organisation|company|office|department|staff|team"),
    (2.0, "other ~1 companies|customers|users|people|clients|accounts|tenants|teams|businesses|couples|families|guests|parents|drivers|riders|hosts|vendors|shops|stores|restaurants|schools|clinics|venues|merchants ~4 same|too|also|stuck|twitter|reddit|say|saying|report*, downdetector"),
    // "this isn't just us", "our sister companies get the exact same error"
    (2.5, "isn|aren|wasn ~2 just|only ~1 us|me, not ~1 just|only ~1 our ~1 account|company|team"),
    (2.0, "companies|accounts|clients|customers|offices|sites|branches ~6 same ~1 error|errors|issue|problem|message, companies|accounts|clients|customers|offices|sites|branches ~6 exact ~1 same"),
    // "dispute it on your side", "delete a report on your side": supporting only
    (1.5, "on your end, on|at your side, your servers"),
    // "get it back from your side" asks for a restore, not about an outage
    (1.0, "your side"),
    (2.0, "problem|problems|issue|issues|outage ~3 with ~2 server*|platform|service|api|systems|datacenter|region"),
    (1.5, "all|across ~3 integration*|users|accounts|locations|sites|stores|warehouses|systems|offices|branches|requests|calls|endpoints|agents|employees|staff|customers|projects|workspaces|devices"),
    (2.0, "others|colleague*|coworker*|people|everyone ~6 complaining|affected|reporting, others|colleague*|coworker*|people|everyone ~6 same ~1 thing|issue|problem|error|errors|message|screen, other users|people|teams|locations|offices ~4 same|too|also|affected"),
    (2.0, "502, 503, 504, bad gateway, service unavailable, gateway timeout"),
    // "en Twitter hay un montón de gente quejándose", seven languages
    (2.0, "gente|personas|usuarios|leute|nutzer|pessoas|persone|utenti|mensen|gebruikers|monde ~4 quejandose|quejan|reclamando|reclamam|plaignent|beschweren|beschwert|klagen|lamentano|lamentando|klagend|klaagt"),
    (1.0, "500, 500s, internal server error"),
    (2.0, "degraded|widespread|major|global ~1 outage|issue|problem|degradation|disruption"),
    (1.0, "not loading, won t load, doesn t load, isn t loading, nothing loads, unreachable"),
    (1.0, "all morning, since this morning, eta"),
    (1.0, "timeout*, timing out, timed out"),
    // es
    (3.0, "caida, caido, se cayo, caidos, fuera de servicio, interrupcion del servicio"),
    (2.0, "incidencia|incidente"),
    (1.5, "todo el equipo, todos los usuarios, nadie puede, a todos, todo el mundo, a nadie"),
    (1.0, "no carga"),
    // fr
    (3.0, "panne, indisponible, hors service"),
    (2.0, "inaccessible, inaccesible, inacessivel, inaccessibile, unzuganglich, ontoegankelijk, nicht verfugbar"),
    (1.5, "tous les utilisateurs, toute l equipe, personne ne peut, tout le monde, mes collegues"),
    (1.0, "ne charge pas, ne se charge"),
    // de
    (3.0, "storung, ausfall, ausgefallen, nicht erreichbar, ist|sind|war|waren|seid|server|system|app ~1 down"),
    (2.0, "vorfall"),
    (1.5, "ganze|ganzen|ganzes team|firma|buro"),
    (1.5, "alle nutzer, alle benutzer, alle kollegen, niemand kann, bei allen"),
    (2.0, "kollegen|kollegin|anderen|filiale* ~8 ebenfalls|ebenso|gleiche*|gleichen|genauso|dasselbe|auch ~1 nicht|so|betroffen, bei ~1 ihr|ihm|ihnen ~3 genauso|dasselbe"),
    (1.0, "ladt nicht, laedt nicht, ladekreis, nichts mehr"),
    // pt
    (3.0, "fora do ar, instabilidade, indisponivel, caiu, saiu do ar"),
    // Bare "queda" is everyday Spanish ("se queda pillado"); a Portuguese outage is a queda of something.
    (2.0, "incidente, queda ~2 do|da|no|na|de ~1 servico|sistema|plataforma|servidor|site|app|aplicativo"),
    (1.5, "todo mundo, toda a equipe, todos os usuarios, ninguem consegue"),
    (1.0, "nao carrega"),
    // it
    (3.0, "disservizio, irraggiungibile, non raggiungibile, interruzione del servizio"),
    (2.0, "interruzione|incidente"),
    (1.5, "tutto il team, tutti gli utenti, nessuno riesce, tutti i colleghi, tutti noi"),
    (3.0, "giu per tutti, e giu, down per tutti, non va per nessuno"),
    // "è così per tutti in città", "pareil pour tout le monde en ville", seven languages
    (2.0, "per ~1 tutti|everyone|everybody ~3 in ~2 citta|city|town|zona|area, para ~1 todos|todo ~1 el ~1 mundo ~3 en ~2 ciudad|zona|cidade, pour ~1 tout ~1 le ~1 monde ~3 en|dans ~2 ville|quartier, fur|bei ~1 alle|allen ~3 in ~2 stadt|der ~1 stadt, voor ~1 iedereen ~3 in ~2 stad|de ~1 stad"),
    (1.0, "non carica"),
    // nl
    (3.0, "storing, onbereikbaar, uitval, ligt eruit, ligt plat, platgelegen"),
    (1.5, "hele team, alle gebruikers, niemand kan, collega s, andere locaties"),
    (2.0, "collega s|anderen|iedereen ~6 hetzelfde|ook|zelfde"),
    (1.0, "laadt niet, blijft leeg"),
    // "not working for anyone", seven languages
    (3.0, "non ~3 per ~1 nessuno, no ~3 para ~1 nadie, ne ~3 pour personne, nicht ~3 bei ~1 niemand*|keinem, nao ~3 para ~1 ninguem, niet ~3 voor|bij ~1 niemand"),
    (2.5, "not|doesn|isn|won|cannot|nothing ~4 for ~1 anyone|anybody"),
    // "it's not only us", "is it general?", "something down on your side?", seven languages
    (2.5, "not ~1 only|just ~1 us, no ~1 somos ~1 solo ~1 nosotros, pas ~1 que ~1 nous, nicht ~1 nur ~1 wir|uns, nicht ~1 nur ~1 bei ~1 uns, nao ~1 somos ~1 so ~1 nos, non ~1 siamo ~1 solo ~1 noi, niet ~1 alleen ~1 wij|ons, niet ~1 alleen ~1 bij ~1 ons"),
    // "aucun professeur ne peut enregistrer", "ninguno de los profesores puede": nobody at all
    (2.0, "aucun|aucune ~3 ne ~1 peut|peuvent|arrive|arrivent|reussit|parvient, ninguno|ninguna ~4 puede|pueden|consigue|consiguen, nenhum|nenhuma ~4 consegue|conseguem|pode|podem, nessun|nessuno|nessuna ~4 riesce|riescono|puo|possono"),
    // the same problem at another school, company or client
    (2.0, "autre|autres|otro|otra|otros|otras|outro|outra|outros|outras|altro|altra|altri|altre|andere|anderen|other|another ~8 meme|mismo|mesmo|stesso|zelfde|gleiche|gleichen|same ~1 probleme|problema|problem|probleem|erreur|error|fehler|errore|fout|issue|souci"),
    // when the service comes back: "une estimation du délai de rétablissement ?"
    (2.0, "delai|estimation ~3 retablissement, tiempo|estimacion ~3 restablecimiento, previsao ~3 restabelecimento|normalizacao, tempi|tempo|stima ~3 ripristino, eta ~2 fix|restore|restoration|resolution"),
    (2.5, "c est|c ~1 general|generalise, es ~1 general|generalizado, e ~1 geral|generale|generalizzato, ist ~1 das ~1 allgemein|uberall, is ~1 het ~1 algemeen|overal, is it ~1 general|widespread"),
    (2.0, "bei ~1 euch|ihnen ~3 down|storung|ausfall|problem*, chez ~1 vous ~3 panne|probleme, de ~1 vuestro|su ~1 lado ~3 caido|problema, do ~1 lado ~1 de ~1 voces ~3 fora|problema, da ~1 voi ~3 down|problema|disservizio, bij ~1 jullie ~3 storing|plat|probleem"),
    (1.5, "nobody|noone|nadie|personne|niemand|ninguem|nessuno ~4 can|could|puede|pueden|peut|arrive|kann|konnen|consegue|riesce|kan|lukt"),
    // "is it everyone or just me?", seven languages
    (2.5, "ist das ~2 bei allen, nur bei mir oder"),
    // "a general problem?", "friends who use it too get the same", seven languages
    (2.0, "problema|probleme|problem|probleem ~1 geral|general|generale|generalizado|generalise|allgemein*|algemeen|generico"),
    (2.0, "amigas|amigos|amiga|amigo|friends|friend|freunde|freundin|amis|amies|amici|amiche|vrienden ~8 mesmo|mesma|mismo|misma|same|meme|gleiche*|dasselbe|stesso|stessa|hetzelfde|zelfde|too|also|tambem|tambien|aussi|auch|anche|ook"),
    // "even your own help centre is broken", "it isn't coming from our side", seven languages
    (2.0, "even|meme|incluso|sogar|ate|perfino|zelfs ~3 your|votre|vuestro|vuestra|su|ihr|ihre|ihrer|seu|sua|vostro|vostra|jullie ~2 own|propre|propio|propia|eigene*|proprio|propria|eigen"),
    (2.0, "not ~2 on|from ~1 our ~1 end|side, pas ~1 de ~1 chez ~1 nous, ne ~1 vient ~1 pas ~2 de ~1 notre ~1 cote, no ~3 de ~1 nuestro ~1 lado, nicht ~3 an ~1 uns, nicht ~3 bei ~1 uns ~1 liegt, nao ~3 do ~1 nosso ~1 lado, non ~3 da ~1 parte ~1 nostra, niet ~3 aan ~1 onze ~1 kant"),
];

const BILLING: Cues = cue_list![
    // en
    (2.0, "invoice*|receipt*|billing|bill"),
    (2.0, "download|get|find|need|send ~4 invoice*|receipt*|factur*|rechnung*|beleg*|fatura*|fattur*|ricevut*|recibo*"),
    (3.0, "payment method, payment details, card on file, credit card, update ~3 card, card ~3 expir*, expir* ~3 card"),
    (1.0, "plan|plans|subscription|renewal|renew*|annual|monthly|yearly|trial"),
    (2.0, "upgrade, switch ~3 plan|annual|monthly|yearly"),
    (1.0, "downgrade"),
    (2.0, "pricing|price|prices|cost|costs|quote"),
    // processing fees and the rates on a statement: "the October fee statement shows 2.9% + 30¢"
    (2.0, "fee|billing|monthly|account ~1 statement*, processing ~1 fee*|rate*|charge*, card ~1 processing, transaction|transactions ~1 fee*, fee ~1 rate*, contracted|agreed|negotiated ~1 rate*|price*|pricing"),
    (1.5, "comision|comisiones|commission|commissions|provision|provisionen|comissao|comissoes|commissione|commissioni|commissie*"),
    // "entstehen dadurch zusätzliche Kosten?", seven languages
    (2.0, "additional|extra ~1 cost|costs|fee|fees, zusatzliche|weitere ~1 kosten|gebuhren, mehrkosten|zusatzkosten, costes|costos|cargos ~1 adicionales, couts|frais ~1 supplementaires, custos|taxas ~1 adicionais, costi ~1 aggiuntivi|extra, extra|bijkomende|aanvullende ~1 kosten, meerkosten"),
    (2.0, "tax, vat, gst, tax id, vat number, vat id, ein number, w 9, w9"),
    (2.0, "purchase order, po number, po ~1 nummer|number|numero|nr|ref|reference"),
    (2.0, "payment terms, net 30, net 45, net 60, net 90"),
    (2.0, "prorat*"),
    (2.0, "discount*, coupon*, promo code*, nonprofit*, non profit, education pricing"),
    (2.0, "cancel* ~3 subscription|plan|renewal"),
    (1.0, "charge|charged|charges|pay|paid|payment|payments|checkout"),
    (2.0, "billing address, billing email, billing contact, billing admin"),
    // es
    (2.0, "factura*|recibo*"),
    (3.0, "metodo|forma|medio de pago"),
    (1.0, "tarjeta|plan|suscripcion|renovacion|anual|mensual|cobro|pago|pagos"),
    (2.0, "precio*|tarifa*|cuota"),
    (2.0, "iva|nif|cif"),
    // fr
    (2.0, "facture*|facturation|recu"),
    (3.0, "moyen de paiement, carte bancaire"),
    (1.0, "abonnement|forfait|renouvellement|paiement|prelevement|annuel|mensuel"),
    (2.0, "tarif*|prix"),
    (2.0, "tva|siret|siren"),
    // de
    (2.0, "rechnung*|quittung*|beleg|belege|zahlungsbeleg*|kaufbeleg*"),
    // compounds that end in the invoice: "Sammelrechnung", "Jahresrechnung", "verzamelfactuur"
    (2.0, "sammelrechnung*|jahresrechnung*|monatsrechnung*|einzelrechnung*|teilrechnung*|schlussrechnung*|gesamtrechnung*|kostenstelle*, verzamelfactu*|jaarfactu*|maandfactu*|eindfactu*|kostenplaats*"),
    (3.0, "zahlungsmethode|zahlungsart|kreditkarte|zahlungsdaten"),
    (1.0, "abo|abonnement|jahresabo|verlangerung|zahlung*|monatlich|jahrlich"),
    (2.0, "tarif*|preis*"),
    (2.0, "ust|idnr|umsatzsteuer*|mwst|steuernummer|steuererklarung"),
    // pt
    (2.0, "fatura*, recibo*, nota fiscal, boleto"),
    (3.0, "forma de pagamento, metodo de pagamento, cartao"),
    (1.0, "plano|assinatura|renovacao|pagamento|cobranca|anual|mensal"),
    (2.0, "preco*"),
    (2.0, "cnpj|cpf"),
    // it
    (2.0, "fattura*|fatturazione|ricevuta"),
    (3.0, "metodo di pagamento, carta di credito"),
    (1.0, "piano|abbonamento|rinnovo|pagamento|addebito|annuale|mensile"),
    (2.0, "prezzo|prezzi|tariff*"),
    (2.0, "partita iva, iva, codice fiscale"),
    // nl
    (2.0, "factuur*|facturen|facturatie"),
    (3.0, "betaalmethode|creditcard"),
    (1.0, "abonnement|verlenging|betaling|jaarlijks|maandelijks"),
    (2.0, "prijs|prijzen|tarief"),
    (2.0, "btw, btw nummer, kvk"),
];

const BUG: Cues = cue_list![
    // en
    (2.0, "bug|bugs|buggy|glitch*"),
    (3.0, "crash*"),
    (2.0, "error, errors, exception, stack trace, console, typeerror, uncaught"),
    (2.0, "broken|broke|breaks"),
    (2.0, "doesn|don|didn|won|isn|cannot|not|t|unable ~2 work|open|load|save|sync|show|appear|display|respond|update|opening|loading|saving|syncing|showing|upload|download|connect|print|export|import|send|submit|play|render|refresh|attach|delete|uploading|downloading|connecting|printing|exporting|importing|sending"),
    (2.0, "not working, stopped working, no longer works, no longer working"),
    (1.0, "fails|failing|failed|failure"),
    (1.0, "wrong|incorrect*|missing|blank|empty|duplicat*|twice"),
    (2.0, "duplicates|duplicated|duplicating"),
    (2.0, "cut off, cuts off, cut, freez*, frozen, hangs, hanging, stuck, spinning"),
    (2.0, "since|after ~1 the|an|last|latest ~1 update|upgrade|release|version"),
    (2.0, "regression|garbled|corrupt*|encoding|mojibake"),
    (1.5, "since yesterday|today|monday, no longer, anymore, instead of"),
    (1.5, "ya no, desde ayer|hoy, en vez de, en lugar de, ne ~3 plus, depuis hier, depuis ce matin, au lieu de, desde ontem|hoje, nao ~3 mais, em vez de, da ieri|oggi, non ~3 piu, invece di, sinds gisteren|vandaag, niet meer, geen ~3 meer, in plaats van"),
    (1.0, "reinstall*|cache|clear*"),
    (1.0, "nothing happens, does nothing, no response"),
    (2.0, "can|doesn|don|won ~1 t ~1 find|search, returns|shows|finds|gives ~1 nothing|empty, returns|shows|finds|gives ~1 no|zero ~1 results"),
    (2.0, "logs|logging|kicks|kicked|signs ~2 me out, keeps|kept ~2 crashing|freezing|logging|reloading|refreshing|spinning|disconnecting, spinner, forever loading, loads forever, randomly"),
    (1.0, "annoying, every time, every ~2 minutes|seconds"),
    (2.0, "show|shows|showing|displayed|displays|appear|appears ~4 wrong|incorrect|early|late|off|old|nothing|twice|blank, one|an|a ~1 day|hour ~1 early|late|off|behind|ahead"),
    (1.0, "iphone|android|ios|firefox|chrome|safari|edge|browser|windows|macos|samsung|pixel"),
    (2.0, "works ~2 in|on ~2 chrome|firefox|safari|edge|iphone|android|desktop|mobile|web"),
    (2.0, "retries|retry|fires|firing|triggered"),
    (1.0, "shows|showing|displays ~3 wrong|incorrect|old|nothing"),
    // es
    (2.0, "fallo|falla|falla*|errores"),
    (2.0, "no funciona, dejo de funcionar, no va"),
    (2.0, "se cierra, se cuelga, se bloquea, se queda"),
    (2.0, "desde|tras|despues ~2 actualizacion"),
    (1.0, "duplicad*, incorrect*, no aparece, desaparec*"),
    // fr
    (2.0, "erreur|bug|beug"),
    (3.0, "plante|plantage"),
    (2.0, "fonctionne|marche ~1 pas|plus"),
    (2.0, "depuis ~1 la ~1 mise a jour"),
    (1.0, "bloque, en double, disparu*, incorrect*, affiche mal"),
    // de
    (2.0, "fehler|fehlermeldung"),
    (3.0, "absturz, sturzt ab, abgesturzt"),
    (2.0, "funktioniert|geht|klappt ~1 nicht"),
    (2.0, "kaputt, falsch dargestellt, hangt, hangen"),
    (2.0, "seit ~2 update"),
    (1.0, "falsch*|doppelt|fehlt|fehlen|komisch|seltsam|merkwurdig|verschoben"),
    (2.0, "abgeschnitten, fehlerhaft, hangt sich auf, ladt ewig"),
    (2.0, "bricht ~4 ab, abgebrochen, bleibt ~3 stehen|hangen"),
    (1.5, "keine ~4 mehr, nicht mehr, stattdessen, seit gestern|heute|montag"),
    // pt
    (2.0, "erro|erros"),
    (2.0, "trava, travando, fecha sozinho, nao abre"),
    (2.0, "nao funciona, parou de funcionar"),
    (2.0, "desde|depois ~2 atualizacao"),
    (1.0, "duplicad*, em dobro, errad*, sumiu, some"),
    // it
    (2.0, "errore|errori"),
    (2.0, "si blocca, si chiude, si pianta"),
    (2.0, "non funziona, smesso di funzionare"),
    (2.0, "dopo|da ~2 aggiornamento"),
    (1.0, "sbagliat*|spostat*|duplicat*|sparit*"),
    // nl
    (2.0, "fout|foutmelding|storingsmelding"),
    (2.0, "crasht, loopt vast, vastlopen, hangt"),
    (2.0, "werkt niet, werkt niet meer, doet het niet"),
    (2.0, "sinds ~1 de ~1 update"),
    (1.0, "verkeerd*|dubbel|verdwenen"),
    (2.0, "since|after ~1 upgrading|updating|upgraded|updated"),
    (1.5, "hora ~1 tarde|de retraso, con retraso, desde ~2 cambio de hora"),
    (1.5, "skip|skips|skipped|skipping|silently"),
    (2.0, "is there a fix, fix coming, hotfix, workaround"),
];

const HOW_TO: Cues = cue_list![
    // en
    (2.0, "how do, how can, how to, how would, how should, how does"),
    (2.0, "which ~3 should, qual|cual|quel|welche*|quale|welke ~3 devo|debo|dois|soll|usar|moet"),
    (2.0, "where do, where can, where is, where are, where s"),
    (2.0, "is there a way, is there an option, is it possible, can i, can we, do i need, do we need"),
    (1.0, "steps, step by step, set up, setup, configure, configur*, documentation, docs, guide, tutorial"),
    (1.0, "which ~3 url|setting|field|option|parameter|param, what ~2 param*|setting|option|called"),
    (1.0, "import|export|integrat*|api|webhook*|sso|saml|report|spreadsheet|map|mapping|share|sharing"),
    // es
    (2.0, "como ~1 puedo|se|hago|configuro|podemos|hacer"),
    (2.0, "donde ~1 se|esta|puedo|encuentro"),
    (2.0, "hay ~1 alguna ~1 forma|manera|opcion, es posible"),
    (1.0, "pasos|configurar|configuracion"),
    // fr
    (2.0, "comment ~1 faire|puis|peut|on|je|configurer|modifier|changer|partager|creer|ajouter|mettre|activer|trouver"),
    (2.0, "ou ~1 se|puis|est|trouver"),
    (2.0, "est ce qu il existe, existe t il, est il possible, est ce possible"),
    (1.0, "etapes|configurer|parametrer|partager"),
    // de
    (2.0, "wie ~1 kann|konnen|geht|mache|lege|richte|stelle|funktioniert"),
    (2.0, "wo ~1 finde|kann|stelle"),
    (2.0, "gibt es ~2 moglichkeit|option|weg|funktion, ist es moglich, geht das"),
    (1.0, "einrichten|anlegen|konfigurieren|anleitung|einstellen"),
    // pt
    (2.0, "como ~1 faco|posso|configuro|consigo|fazer|altero"),
    (2.0, "onde ~1 fica|encontro|posso|altero"),
    (2.0, "tem como, e possivel, da pra, da para"),
    (1.0, "configurar, passo a passo"),
    // it
    (2.0, "come ~1 posso|faccio|si|fare"),
    (2.0, "dove ~1 trovo|posso|si"),
    (2.0, "e possibile, c e un modo, si puo"),
    (1.0, "configurare|impostare|guida"),
    // nl
    (2.0, "hoe ~1 kan|stel|doe|moet|maak|werkt|verwijder|zet"),
    (2.0, "waar ~1 kan|vind|stel"),
    (2.0, "is het mogelijk, kan ik, kunnen we"),
    (1.0, "instellen|configureren|handleiding"),
];

const ACCOUNT: Cues = cue_list![
    // en
    (3.0, "password reset, reset ~3 password, forgot ~3 password, reset link, reset email, forgotten password"),
    (2.0, "can|couldn ~1 t ~1 log|login|sign|access, cannot|unable ~2 log|login|sign|access"),
    (2.0, "login|signin ~1 problem|issue|help|issues|problems, log|sign in ~1 problem|issue|help|issues|problems"),
    (2.0, "change|update|edit ~3 email|address|username|name|owner|admin"),
    (3.0, "transfer ~3 ownership|owner|account|admin"),
    (1.0, "owner|ownership|admin|administrator|permissions|role|roles"),
    (2.0, "add|remove|delete|invite|deactivate ~3 user*|seat*|member*|him|her|colleague*|employee*"),
    (2.0, "seat|seats|license|licence|licenses"),
    (1.0, "workspace|organization|organisation|profile|account|username|sso"),
    (2.0, "rename, workspace url, subdomain, company domain, email domain"),
    (2.0, "new|different ~1 email|mail|login ~1 address*"),
    (2.0, "delete|close|deactivate ~2 my|our ~1 account"),
    (3.0, "merge ~3 account*, two accounts, duplicate account*"),
    (2.0, "two|2|multiple|duplicate ~1 logins|accounts|profiles, combine|merge|consolidate|link ~3 accounts|logins|profiles|them"),
    (3.0, "migrat*|moving|move|moved|switching|switch|switched|convert*|link ~4 sso|login|logins|users|accounts|azure|okta|saml|google|microsoft, sign|log ~1 in|on ~2 with|via|through ~1 google|microsoft|apple|sso|okta|azure|saml|github"),
        (2.0, "verification email, confirmation email, activation, verify my email, confirm my email"),
    (1.0, "left the company, no longer works here, former employee"),
    // es
    (3.0, "restablecer ~3 contrasena, olvide ~3 contrasena, olvidado ~2 contrasena"),
    (2.0, "contrasena"),
    (2.0, "no puedo ~2 entrar|iniciar|acceder"),
    (2.0, "cambiar ~3 correo|nombre|usuario|email"),
    (1.0, "usuario*|cuenta|perfil"),
    // fr
    (2.0, "mot de passe, reinitialis*"),
    (2.0, "changer|modifier ~3 nom|adresse|mail|email|organisation|identifiant"),
    (1.0, "compte|utilisateur*|connexion|organisation"),
    (2.0, "supprimer|ajouter ~3 utilisateur*|compte|membre*"),
    // de
    (3.0, "passwort ~3 zurucksetzen|vergessen"),
    (1.0, "passwort|konto|benutzer*|nutzer*|lizenz*"),
    (2.0, "anmelden|einloggen ~3 nicht"),
    (2.0, "e mail adresse ~3 andern|umbenennen"),
    // pt
    (3.0, "redefinir ~2 senha, esqueci ~3 senha"),
    (2.0, "senha"),
    (2.0, "nao consigo ~2 entrar|acessar|logar"),
    (2.0, "alterar|mudar|trocar ~3 email|mail|nome|usuario"),
    (1.0, "usuario*|conta"),
    // it
    (3.0, "password ~3 dimenticat*|reimpost*"),
    (2.0, "non riesco ~2 accedere|entrare"),
    (2.0, "cambiare|modificare ~3 email|nome|utente"),
    (1.0, "utente|utenti|account"),
    (2.0, "eliminare|rimuovere|aggiungere|disattivare ~3 utente|utenti|account|collega*"),
    // nl
    (3.0, "wachtwoord ~3 vergeten|resetten|herstellen"),
    (1.0, "wachtwoord|gebruiker*|account"),
    (2.0, "inloggen ~3 niet, kan niet inloggen"),
    (2.0, "licentie ~3 overzetten|overdragen|verwijderen"),
    (2.0, "mailadres|emailadres ~3 wijzigen, uit dienst"),
    (2.0, "elimino|eliminar|quitar|anadir|invitar|remover|adicionar|entfernen|hinzufugen|verwijderen|toevoegen ~4 usuario*|miembro*|companer*|nutzer*|benutzer*|gebruiker*|collega*, zusatzliche|weitere ~2 nutzer|benutzer|lizenzen"),
    // someone left: remove, add or hand over users, seven languages
];

const FEATURE_REQUEST: Cues = cue_list![
    // en
    (3.0, "feature request, feature suggestion"),
    (3.0, "would be ~1 great|nice|awesome|helpful|useful|cool|amazing|handy"),
    (3.0, "would|d ~2 love, it would be great, would be nice"),
    (2.0, "please add, could you add, can you add, could you consider"),
    (3.0, "any plans, plans to, on the roadmap, roadmap, planned, is this planned"),
    (3.0, "consider ~1 adding|implementing|supporting|building"),
    (2.0, "suggestion|suggest|wish|wishlist"),
    (2.0, "will you ~1 add|support|offer"),
    (2.0, "ability to, option to, support for"),
    // es
    (3.0, "seria|estaria ~1 genial|util|bueno|estupendo|ideal|bien"),
    (2.0, "sugerencia, me gustaria que, podrian anadir, podriais anadir"),
    (3.0, "tienen previsto, teneis previsto, hoja de ruta"),
    // fr
    (3.0, "ce serait ~1 bien|super|genial|utile|pratique"),
    (3.0, "serait il possible d ajouter, pourriez vous ajouter"),
    (2.0, "suggestion, prevu, feuille de route, j aimerais que"),
    // de
    (3.0, "ware ~1 super|toll|schon|gut|hilfreich|praktisch|klasse"),
    (2.0, "wunsch, funktionswunsch, verbesserungsvorschlag, vorschlag, geplant, konnte man"),
    // pt
    (3.0, "seria ~1 otimo|legal|bom|util|incrivel|muito"),
    (2.0, "sugestao, previsto, gostaria que, poderiam adicionar"),
    // it
    (3.0, "sarebbe ~1 possibile|bell*|util*|comod*|fantastic*|molto"),
    (2.0, "suggerimento, previsto, vorrei che, potreste aggiungere"),
    // nl
    (3.0, "zou ~3 fijn|mooi|handig|geweldig|top ~1 zijn"),
    (2.0, "suggestie, gepland, kunnen jullie ~3 toevoegen"),
    // "would it be possible", competitors have it, is it planned, seven languages
    (2.0, "would it be possible, seria posible, ware es moglich, seria possivel, zou het mogelijk zijn, zou ~3 schelen"),
    (2.0, "competitor*|concurrent*|konkurren*|concorrent*|competencia"),
    (2.0, "any chance of, are you planning, op de planning"),
    (3.0, "feature|product ~1 idea*|idee*|suggestion*"),
    (1.5, "idea|idee|ideia"),
];

const OTHER: Cues = cue_list![
    // en
    (3.0, "partner*|reseller*|resell|affiliate"),
    (3.0, "just wanted to say, no question, keep it up, love your, love the app, kudos, great job, big fan"),
    (2.0, "office ~3 in|location*"),
    (3.0, "job|jobs|career*|hiring|internship"),
    (3.0, "cv, curriculum, candidatur*, lebenslauf, bewerbung*"),
    (3.0, "ignore|disregard ~2 my ~1 previous|last ~1 message|email, sorry for the noise"),
    (2.0, "press, journalist, interview, podcast"),
    (2.0, "conference|summit|meetup|webinar|coffee|booth, trade show, expo"),
    (2.0, "sponsor*|investor*|donation"),
    (2.0, "student|thesis|dissertation|survey|university, research ~1 project|study"),
    // students, interviews, press and job applications, seven languages
    (2.0, "estudiant*|etudiant*|estudante*|studente*|studentin, universi*, tesis|tesi|tese|tfg|tcc|scriptie"),
    (2.0, "entrevista|entretien|intervista, periodista|journalist*|jornalista|giornalista"),
    // es
    (3.0, "distribuidor*|revendedor*"),
    (1.5, "socio*"),
    (2.0, "oficina*, presencia local, evento, conferencia, empleo"),
    // fr
    (3.0, "partenariat|revendeur*"),
    (2.0, "bureau*|evenement|salon|conference|recrutement|emploi"),
    // de
    (3.0, "partnerschaft|wiederverkaufer"),
    (2.0, "buro|messe|konferenz|veranstaltung|anwendertreffen|anwendertag"),
    // pt
    (3.0, "parceria|revenda|revendedor"),
    (2.0, "escritorio|evento|conferencia|cafe|vaga|emprego"),
    // it
    (3.0, "rivenditor*|partnership"),
    (2.0, "ufficio|evento|fiera|conferenza"),
    // nl
    (3.0, "wederverkoper*"),
    (2.0, "kantoor|evenement|beurs|congres|vacature"),
];

/// Phrases after which a cue of `kind` close by is not the customer's ask.
pub struct Suppressor {
    pub kind: Kind,
    pub phrase: &'static str,
    /// Cancel every cue of the kind in the ticket, not only nearby ones.
    pub whole_ticket: bool,
    /// The kind the ticket is more likely about instead, with a weight.
    pub instead: Option<(Kind, f32)>,
}

/// Words right after an outage suppressor that turn it round: "my colleague sees the same",
/// "colleagues can't either", "only me or everyone?", "alle Kollegen sehen 503".
/// (A "same" word within three tokens, an "or" word right after.)
/// Bare "mesmo"/"mismo" right after "comigo"/"a mí" is emphasis ("só comigo mesmo", really only
/// me), so the Romance "same" needs its article.
pub const NOT_ONLY_ME: &str = "same ~1 thing|issue|problem|error, too, also, either, tampoco, tambien, aussi, auch ~1 nicht|so, genauso, tambem, anche, ook, hetzelfde, gleiche|gleiches|gleichen|dasselbe|ebenso|ebenfalls, le|la|lo|el|o|a|il meme|mismo|misma|mesmo|mesma|stesso|stessa, zelfde, error|errors|fehler|fehlermeldung|erreur|erreurs|errore|errori|fout|foutmelding|500|502|503|504";
pub const OR: &str = "or|oder|ou|o|of";

/// Reports that many people are hit ("Twitter is full of people saying the same", "half my
/// friends list"): an outage cue of its own (weight 2) that also keeps the "works for my
/// friend" suppressors local, since one working friend then no longer says it is only me.
pub const CROWD: &str = "twitter|reddit|discord|downdetector|allestoringen|allestorungen|forum|forums ~6 full|people|everyone|others|complaining|reporting|meldingen|meldungen|reports, dozens|dizaines|docenas|dutzende|dezenas|decine|tientallen ~3 messages|posts|berichten|nachrichten|mensajes|mensagens|messaggi|reactions|reacties|comments|commentaires|comentarios ~1 identical|identiques|identicos|iguales|identische|gleiche|identicas|iguais|identici|uguali|same|similar|dezelfde|identieke, dozens|dizaines|docenas|dutzende|dezenas|decine|tientallen ~2 reports|signalements|meldingen|meldungen|reportes|segnalazioni|relatos, hundreds|honderden|hunderte|centaines|cientos|centinaia|centenas ~2 reports|meldingen|meldungen|signalements|reportes|segnalazioni|relatos|people|mensen|leute|personnes|personas|persone|pessoas, half ~1 my|the|our ~1 friends|team|office|colleagues|coworkers|class|guild|clan|users|customers|staff, mitad ~2 de ~1 mis|los ~1 amigos|companeros|usuarios|clientes, moitie ~2 de ~1 mes|des ~1 amis|potes|collegues|utilisateurs|clients, halfte ~1 meiner|der ~1 freunde|kollegen|nutzer|kunden, metade ~2 dos ~1 amigos|colegas|usuarios|clientes, meta ~2 dei ~1 amici|colleghi|utenti|clienti, helft ~1 van ~1 mijn|de ~1 vrienden|collegas|gebruikers|klanten";

/// A refund that *we* would make: money coming back to the writer ("are the fees returned to
/// us?") or a refund asked of us ("¿podéis devolverle uno de los dos cargos?"). A merchant whose
/// client was charged twice may want either, so where this is said a merchant-refund
/// suppressor cancels only the cues next to it, not the whole ticket. It is a refund cue of its
/// own (weight 3).
pub const REFUND_FROM_US: &str = "i|we ~1 want|need|just|would ~3 the|my|our ~1 money ~1 back, i|we ~2 want|need ~2 the|a|my|our ~1 refund, can|could|would ~1 you ~2 refund*|reimburse|reverse, podeis|podrian|podriais|pueden ~1 devolver*|reembolsar*|anular, pouvez|pourriez ~1 vous ~2 rembourser|annuler, konnt|konnen|konnten ~2 ihr|sie ~3 erstatten|zuruckbuchen|stornieren, podem|poderiam ~2 estornar|reembolsar|devolver, potete|potreste ~2 rimborsare|stornare|restituire, kunnen|kunt ~2 jullie|u ~3 terugbetalen|terugstorten|storneren, ci ~1 vengono|verranno|sono ~1 restituit*|rimborsat*, restituit*|rimborsat* ~1 a ~1 noi, me|nos ~1 devuelven|devolveis|reembolsan|devolvereis|reembolsais|devolveran|devolvais, nous ~1 sont|seront ~1 rembourse*|rendu*|rendus, uns ~2 erstattet|zuruckerstattet|zuruckgezahlt, nos ~1 devolvem|reembolsam, krijgen ~2 wij|we ~3 terug, do|will|would ~1 we ~1 get ~2 money|anything|something|it|that|this ~1 back, refunded|returned|credited ~2 to ~1 us";

pub const SUPPRESSORS: &[Suppressor] = &[
    // "I don't want a refund", "not asking for a refund", "keine Erstattung", "pas de remboursement"
    Suppressor { kind: Kind::BillingRefund, phrase: "don|not|never|no|without|isn|wasn ~3 want|need|asking|looking|request*|ask|after|about ~3 refund*|money|credit|compensation", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    // "I already got my money back a while ago, no complaints": a refund that is done
    Suppressor { kind: Kind::BillingRefund, phrase: "already|finally ~2 got|received|had|have|been ~3 money ~1 back, already|finally ~2 got|received|had|have|been ~2 my|the|a|full ~1 refund|refunded, already|finally ~1 refunded, ya ~3 devolvieron|reembolsaron|reembolsado|devuelto, deja|enfin ~3 rembourse|remboursee|rembourses, schon|bereits ~3 erstattet|zuruckerstattet, ja ~3 reembolsado|reembolsada|estornado|estornada|devolvido, gia ~3 rimborsato|rimborsata|rimborsati, al ~3 terugbetaald|terugbetaling", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    // "instead of me refunding the difference by hand": the customer's own refunds to its members
    Suppressor { kind: Kind::BillingRefund, phrase: "instead ~1 of ~3 refund*, refund*|reembols*|rembours*|erstatt*|rimbors*|terugbetal* ~4 by ~1 hand, refund*|reembols*|rembours*|erstatt*|rimbors*|terugbetal* ~4 manually|manualmente|manuellement|manuell|handmatig|a ~1 mano|a ~1 la ~1 main|von ~1 hand", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "no|without ~2 refund*, not a refund*", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "not|don|no ~2 asking|want|expecting ~2 for ~1 anything|money ~1 back", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "no ~1 quiero|queremos|necesito|necesitamos|pido|pedimos|busco|buscamos|pidiendo|pedir|solicitando ~3 reembols*|devolu*|devolv*|devuelv*|dinero", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "sin|ningun ~1 reembols*", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    // not "aucun dégât, et l'argent n'est pas revenu": the words must be one phrase
    Suppressor { kind: Kind::BillingRefund, phrase: "pas|sans|aucun ~1 de|d|du ~1 rembours*|argent, sans|aucun ~1 rembours*, pas ~1 etre ~1 rembours*", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "kein*|nicht ~3 erstatt*|ruckerstatt*|geld", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "nao|sem ~3 quero|preciso|pedindo|pedir|peco|solicitar|solicitando ~3 reembols*|estorn*|devolu*|dinheiro", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "non|senza ~3 voglio|chiedo|serve|chiedendo|chiedere ~3 rimbors*|soldi", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "geen|niet ~3 terugbetal*|geld|restitutie", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    // A merchant refunding *their* customers is asking how to use the product; that context
    // covers the whole ticket, subject included.
    Suppressor { kind: Kind::BillingRefund, phrase: "refund*|reimburs* ~4 my|our|their ~1 customer*|client*|buyer*|shopper*|guest*|patient*|student*|attendee*|participant*|member*|subscriber*|donor*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // "can I refund 2 of the 3 tickets on the order?", "¿cómo devuelvo el dinero a los 64 asistentes?"
    Suppressor { kind: Kind::BillingRefund, phrase: "can|could|may ~1 i|we ~1 refund* ~4 ticket*|order*|booking*|attendee*|customer*|guest*|buyer*, devolver|reembolsar ~4 dinero|importe|entradas ~4 a ~2 los|mis|nuestros|todos ~1 asistentes|clientes|participantes|compradores|inscritos", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "my|our|their ~1 customers|clients|buyers|shoppers ~4 refund*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // "we get a lot of 'I'll just do a chargeback' messages from shoppers"
    Suppressor { kind: Kind::BillingRefund, phrase: "chargeback|chargebacks ~8 messages|threats|from ~3 shoppers|customers|clients|buyers|guests", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // "we'll allow refunds up to 7 days before the event": the customer's own refund policy
    Suppressor { kind: Kind::BillingRefund, phrase: "we|our ~3 allow|offer|accept|give|grant ~1 refunds|full|partial, permitimos|ofrecemos|aceptamos ~2 reembolsos|devoluciones, nous ~2 acceptons|proposons|offrons ~2 remboursements, wir ~3 erstatten, erstatten ~1 wir, permitimos|oferecemos|aceitamos ~2 reembolsos|estornos, permettiamo|offriamo|accettiamo ~2 rimborsi, wij|we ~3 staan|bieden ~3 terugbetaling*", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "how|where to refund*, how|where do|can|should|would i|we refund*", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "reembols*|devolu*|devolver ~4 mis|nuestros|un|una|los|a|al ~1 cliente*|huesped*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "rembours* ~4 mes|nos|un|une|les|au|aux|a ~1 client*|hote|hotes|voyageur*|adherent*|membre*|eleve*|participant*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "meine*|unsere*|einem|einen|den ~1 kunde*|kundin* ~4 erstatt*|ruckerstatt*|geld", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "erstatt*|ruckerstatt* ~4 meine*|unsere*|einem|einen|den|an ~1 kunde*|kundin*|gast|gasten|gaste|gastin", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "reembols*|estorn*|devolver ~4 meus|nossos|um|uma|os|aos|ao|a|pro|pra|para ~1 cliente*|hospede*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "rimbors*|restituire ~4 miei|nostri|un|una|ai|al|a ~1 client*|ospite|ospiti", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "terugbetal*|restitu*|terugstort*|teruggestort ~4 mijn|onze|een|de|aan ~1 klant*|gast|gasten, terugbetalen|terugstorten ~2 naar|aan ~1 hun|haar|zijn ~1 kaart|rekening, kan|kunnen|mag ~1 ik|we ~3 terugbetalen|terugstorten|restitueren", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // An employer or expense system pays the customer back: they need a receipt, not our money.
    Suppressor { kind: Kind::BillingRefund, phrase: "employer|company|work|job|empresa|employeur|entreprise|arbeitgeber|firma|empregador|datore|azienda|werkgever|baas ~4 reimburs*|reembols*|rembours*|erstatt*|rimbors*|vergoed*|terugbetal*|ressarc*", whole_ticket: false, instead: Some((Kind::Billing, 2.0)) },
    // Expense claims paid back to employees (a payroll or expense product's everyday work)
    Suppressor { kind: Kind::BillingRefund, phrase: "expense|expenses ~1 report*|claim*|reimbursement*, mileage ~2 reimburs*|claim*|allowance, nota|notas ~1 de ~1 gastos|despesas, note|notes ~1 de ~1 frais, frais ~1 kilometriques|de ~1 deplacement, spesen*, reisekosten*, auslagenerstattung*, nota|rimborso|rimborsi ~1 spese, rimborso|rimborsi ~1 chilometric*, declaratie*, onkostennota*, onkostenvergoeding*, kilometervergoeding*, reembolso|reembolsos ~2 despesas|quilometragem|kilometraje", whole_ticket: true, instead: None },
    // An insurer paying the customer back needs our invoice, not our money.
    Suppressor { kind: Kind::BillingRefund, phrase: "insurance|insurer|assurance|mutuelle|mutua|mutualidad|seguro|aseguradora|versicherung|krankenkasse|krankenversicherung|assicurazione|cassa|verzekering|verzekeraar|zorgverzekeraar|ziekenfonds|convenio|fund ~10 reimburs*|reembols*|rembours*|erstatt*|rimbors*|vergoed*|terugbetal*|ressarc*, insurance|insurer|assurance|mutuelle|mutua|mutualidad|seguro|aseguradora|versicherung|krankenkasse|krankenversicherung|assicurazione|cassa|verzekering|verzekeraar|zorgverzekeraar|ziekenfonds|convenio ~16 pour|para|to|so|um|per|om|damit|zodat|afin ~3 reimburs*|reembols*|rembours*|erstatt*|rimbors*|vergoed*|terugbetal*|ressarc*", whole_ticket: false, instead: Some((Kind::Billing, 2.0)) },
    // EU VAT "reverse charge" on an invoice is billing wording, not money going back.
    Suppressor { kind: Kind::BillingRefund, phrase: "vat|btw|iva|tva|mwst|ust|uid|umsatzsteuer|tax|invoice*|factur*|rechnung* ~8 reverse ~1 charge, reverse ~1 charge ~8 vat|btw|iva|tva|mwst|ust|uid|umsatzsteuer|tax|invoice*|factur*|rechnung*|mention*|hinweis", whole_ticket: false, instead: Some((Kind::Billing, 2.0)) },
    // "My customer/student" (possessive before or after) asks the merchant for money back.
    Suppressor { kind: Kind::BillingRefund, phrase: "cliente|client|alumno|aluno|alunno|student|klant|kunde ~1 mio|mia|mine|mien, un|el|o|il ~1 cliente|alumno|aluno|alunno|student ~1 mio|mia|meu|minha|mine, meu|minha|mio|mi ~1 aluno|aluna|alumno|alunno|cliente", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // A third party (the merchant's own customer) wants the money back, or the merchant gives it.
    Suppressor { kind: Kind::BillingRefund, phrase: "customer*|client|clients|clienta*|buyer*|kunde|kundin*|klant*|cliente|clientes|student*|studentess*|alumn*|alun*|eleve*|schuler*|leerling*|allievi|allieva|allievo|cursist* ~4 want|wants|asked|requested|quer|quiere|pediu|pidio|veut|demande|will|mochte|vuole|chiesto|wil|vraagt ~4 refund*|reembols*|devol*|rembours*|erstatt*|rimbors*|terugbetal*|estorn*|money|dinero|dinheiro|argent|geld|soldi|back", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "give|issue ~2 her|him|them ~2 refund*|money|credit, give ~1 her|him|them ~1 back, devolverle*|reembolsarle*|devolversel*|reembolsarsel*, un|una ~1 cliente|clienta ~2 nos|me ~1 pago|pidio|pide|escribio, devolver ~3 pra|para ~1 ela|ele, rembourser ~2 le|la|un|une ~1 client*, eine|der ~1 kundin ~4 erstatt*|geld", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // Brazilian "tem como estornar o valor?" is "can you refund it?", so the Portuguese form
    // needs the merchant's own sale as its object.
    // A shop's refund to the customer showing in the product ("ASOS refunded me £65 and it's under
    // Income"): how to record it, seven languages
    Suppressor { kind: Kind::BillingRefund, phrase: "refund*|reembolso*|devolucion*|remboursement*|erstattung*|ruckerstattung*|rimborso*|rimborsi|terugbetaling*|estorno* ~4 income|ingreso|ingresos|revenu|revenus|einnahme|einnahmen|receita|receitas|entrata|entrate|inkomsten|inkomen|categor*|kategorie*", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // A supplier paying the customer back, or one of the customer's own clients who overpaid: money
    // between the customer and someone else, recorded in the product ("es el proveedor
    // devolviéndome el dinero", "one of our clients overpaid invoice INV-2231")
    Suppressor { kind: Kind::BillingRefund, phrase: "supplier|vendor|proveedor|fournisseur|lieferant|fornecedor|fornitore|leverancier|carrier|carriers|transportadora|transportista|transporteur|spediteur|vettore|corriere|vervoerder|courier|merchant|hotel|airline|aerolinea|companhia|compagnie|compagnia|fluggesellschaft|luchtvaartmaatschappij|comercio|commercant|marchand|handler|comerciante|esercente ~6 refund*|devolv*|devuel*|devolu*|rembours*|erstatt*|reembols*|rimbors*|terugbetal*|terugstort*|teruggestort|estorn*, refund*|devolucion*|remboursement*|erstattung*|gutschrift*|estorno*|rimborso*|terugbetaling* ~3 from|de|del|du|von|vom|do|da|dal|della|van ~2 the|a|un|una|le|la|einem|dem|o|uma|il|het|de ~1 merchant|hotel|airline|shop|store|supplier|vendor|comercio|tienda|proveedor|commercant|marchand|magasin|fournisseur|handler|handlers|geschaft|lieferant|comerciante|loja|fornecedor|esercente|negozio|fornitore|winkel|leverancier, one ~1 of ~1 our|my ~1 clients|customers|buyers|guests|patients|students|members|tenants, un|une ~1 de ~1 mes|nos ~1 client*|adherent*|membre*|eleve*, uno|una ~1 de ~1 mis|nuestros|nuestras ~1 socio*|cliente*|alumno*|alumna*|miembro*, einer|eine|einem ~1 meiner|unserer ~1 kunde*|kundin*|mitglied*, um|uma ~1 das|dos ~1 minhas|meus|nossas|nossos ~1 aluna*|aluno*|cliente*|membro*|socio*|socia*, uno|una ~1 dei|delle|degli ~1 miei|mie|nostri|nostre ~1 iscritt*|client*|soci|socie|allievi|allieve|membri, een ~1 van ~1 mijn|onze ~1 leden|klant*|leerling*", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // "is there a way to do a partial refund from my dashboard?", "the 'Refund' button is greyed
    // out", "attendees waiting on refunds from me", "the 6 tickets I refunded last week"
    Suppressor { kind: Kind::BillingRefund, phrase: "way ~2 to ~2 do|issue|give|process|make ~2 a|partial|full ~1 refund*, refund* ~3 from|in|via|through ~1 my|the|our ~1 dashboard|admin|backend|panel|back office, refund|refunds ~1 button|option|tab|link|menu|feature, boton|bouton|botao|pulsante|knop|fonction|funcion|funcao|funzione|functie|option|opcion|opcao|opzione ~1 de|di|du|van ~1 reembolso|remboursement|rimborso|estorno|terugbetaling, rembours* ~3 dans|depuis ~2 le|l ~1 back|admin|espace|tableau|interface, refund*|money ~2 from ~1 me, i|we refunded, i|we ~1 have|had|already|just|ve ~1 refunded, j|nous ai|avons rembourse*, he|hemos reembolsado|devuelto, reembolse|reembolsei|estornei|reembolsamos|estornamos, ho|abbiamo rimborsato", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    Suppressor { kind: Kind::BillingRefund, phrase: "how ~3 issue|give|process|partial* ~3 refund*, como|donde ~2 devuelvo|emito|emitir|procesar|devolvo, como ~2 estorno|estornar|estorna ~3 venda|vendas|pedido|pedidos|cliente|clientes|compra|compras", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // "Klant heeft dubbel betaald via betaallink", "can I refund all 212 registrants at once?":
    // the customer's own client paid, the customer pays back
    Suppressor { kind: Kind::BillingRefund, phrase: "customer|customers|client|clients|klant|klanten|kunde|kundin|kunden|cliente|clientes|clienti|buyer|buyers ~4 paid|pagou|pago|pagaron|pagato|bezahlt|betaald|paye ~2 twice|double|dos|deux|zweimal|doppelt|duas|due|twee|dubbel, reembolsar|estornar|devolver|rembourser|erstatten|rimborsare|terugbetalen|refund ~3 todo ~1 mundo, reembolsar|estornar|devolver|rembourser|erstatten|rimborsare|terugbetalen|refund ~3 para|a|aux|an|ai|aan|all|every|everyone|todos|tous|alle|tutti ~2 os|los|les|die|gli|de|the|mis|meus|nos|nossos ~1 inscritos|inscrits|participantes|participants|teilnehmer*|partecipanti|deelnemers|attendees|registrants|asistentes|iscritti|angemeldeten", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // "he paid me back" for a ride: money between the customer and a friend
    Suppressor { kind: Kind::BillingRefund, phrase: "he|she|they|friend|mate|brother|sister|colleague ~2 paid|pay|payed|transferred ~1 me|us ~1 back", whole_ticket: false, instead: None },
    // "a code on the back of the card holder": a place, not money back
    Suppressor { kind: Kind::BillingRefund, phrase: "back ~1 of ~1 the|my|your|this|a ~1 card|cards|sim|phone|box|package|holder|letter|receipt|page|sheet|screen|device|label", whole_ticket: false, instead: None },
    // The insurer turned a claim down ("La aseguradora ha rechazado el siniestro", "L'assureur a
    // refusé le remboursement"): how to appeal in the app, not money from us
    Suppressor { kind: Kind::BillingRefund, phrase: "insurer|insurance|aseguradora|seguro|assureur|assurance|mutuelle|versicherung|krankenkasse|seguradora|assicurazione|verzekeraar|verzekering ~3 rejected|refused|denied|declined|rechazado|rechazo|denegado|refuse|refusee|abgelehnt|recusou|recusado|negou|rifiutato|respinto|afgewezen", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // "back-charge a sub for cleanup": a contractor's charge to a subcontractor
    Suppressor { kind: Kind::BillingRefund, phrase: "back ~1 charge|charges|charging|charged, backcharge*", whole_ticket: false, instead: None },
    // A diner's or buyer's chargeback against the merchant ("Rückbuchung von einem Gast", "how do
    // I respond to a chargeback?"): the merchant asks how to answer it, not for our money.
    Suppressor { kind: Kind::BillingRefund, phrase: "customer|customers|client|clients|guest|guests|diner|diners|buyer|buyers|patient|patients|gast|gaste|gasten|kunde|kundin|klant|klanten|cliente|clientes|clienti|huesped|huespedes|hote|hotes|convive|convives|comensal|comensales|hospede|hospedes|ospite|ospiti ~3 filed|opened|raised|disputed|chargeback*|contracargo*|contesto|contestou|contestato|conteste, chargeback*|dispute|disputes|ruckbuchung*|contracargo*|contestacion|contestation|contestacao|contestazione|terugboeking* ~2 from|by|von|de|del|du|di|dal|do|da|van ~2 a|an|one|our|my|un|una|une|einem|einer|unserem|meinem|um|uma|een ~1 customer|client|guest|diner|buyer|patient|gast|kunde|kundin|klant|cliente|huesped|hote|convive|comensal|hospede|ospite, respond|responding|reply|answer|contest|fight|challenge|responder|contestar|repondre|contester|reagieren|widersprechen|rispondere|contestare|reageren ~4 chargeback*|contracargo*|ruckbuchung*|retrofacturation*|terugboeking*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // A restaurant or shop giving its own customer something free ("quand on offre un café à un
    // client", "comp a dessert"): a how-to about the till, not compensation from us
    Suppressor { kind: Kind::BillingRefund, phrase: "comp|comps|comped|comping ~3 a|the|their|his|her ~1 meal|drink|drinks|dessert|coffee|item|items|dish|order|bill, on the house, offr*|offert* ~8 a ~1 un|une|nos|mes|aux|au|les ~1 client|clients|cliente|convive*|hote|hotes, invitar|invitamos|regalar|regalamos|regalo ~6 a|al ~1 cliente|clientes|comensal*, cortesia ~2 de ~1 la ~1 casa, aufs ~1 haus, offrire|offriamo|offerto ~6 al|ai|a ~1 un|una ~1 client*, offerto ~2 dalla ~1 casa, cortesia ~3 para|ao|aos ~1 cliente*, van ~1 het ~1 huis", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // "without getting charged twice for the overlap month": a worry about a switch, not a charge
    Suppressor { kind: Kind::BillingRefund, phrase: "without|avoid|avoiding ~3 charged|billed|paying|pay ~1 twice|double, don|not|wouldn ~3 want|like ~3 charged|billed|pay|paying ~1 twice|double, ne ~1 voudrais|veux|souhaite ~1 pas ~3 preleve*|facture*|payer ~1 deux ~1 fois, no ~1 quiero|quisiera ~4 cobren|cobre|pagar ~1 dos ~1 veces, nicht ~1 doppelt|zweimal ~2 abgebucht|bezahlen|zahlen|berechnet, nao ~1 quero|queria|gostaria ~4 cobrad*|pagar ~1 duas ~1 vezes, non ~1 voglio|vorrei ~4 addebitat*|pagare ~1 due ~1 volte, niet ~1 dubbel|twee ~2 betalen|afgeschreven|gefactureerd, sin ~3 que ~2 me|nos ~1 cobren ~1 dos|doble, sans ~3 etre|payer ~2 factures|facture|preleve|deux ~2 fois, ohne ~3 doppelt ~1 zu ~1 zahlen|bezahlen, sem ~3 pagar|ser ~2 cobrad*|em ~2 dobro|duas, senza ~3 pagare ~2 due ~1 volte|doppio, zonder ~3 dubbel ~2 te ~1 betalen", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    // "los correos … les devuelven un error": mail bouncing, not money coming back
    Suppressor { kind: Kind::BillingRefund, phrase: "devuelv*|devolv*|devuelt*|devolvid* ~2 un|el|o|um|los|las|os|as ~1 error|errores|erro|erros|mensaje|mensajes|mensagem|correo|correos|email|emails|mail|mails", whole_ticket: false, instead: Some((Kind::Bug, 1.0)) },
    // "hemos pagado de más a un trabajador": the customer's payroll, not money from us
    Suppressor { kind: Kind::BillingRefund, phrase: "pagado|pagamos|pague|paguei|pagou|paid|overpaid|bezahlt|gezahlt|ausgezahlt|paye|payes|pagato|pagati|betaald|uitbetaald ~4 trabajador|trabajadora|empleado|empleada|employee|worker|staff|mitarbeiter|mitarbeiterin|arbeitnehmer|salarie|salariee|funcionario|funcionaria|colaborador|dipendente|lavoratore|medewerker|werknemer, overpayment|overpayments ~3 employee|worker|staff|contractor|payroll", whole_ticket: false, instead: Some((Kind::HowTo, 2.0)) },
    // A former employee's data request the employer must answer ("ein Mitarbeiter … hat uns
    // aufgefordert, ihm gemäß Art. 15 DSGVO alle Daten herauszugeben")
    Suppressor { kind: Kind::Legal, phrase: "employee|employees|mitarbeiter|mitarbeiterin|arbeitnehmer|beschaftigte*|empleado|empleada|trabajador|trabajadora|salarie|salariee|funcionario|funcionaria|colaborador|colaboradora|dipendente|lavoratore|lavoratrice|medewerker|werknemer ~14 asked|asking|requested|requesting|demanded|wants|aufgefordert|fordert|verlangt|gebeten|pide|pidio|solicita|solicito|exige|exigio|demande|pediu|solicitou|chiede|chiesto|richiesto|vraagt|gevraagd|verzocht ~10 gdpr|rgpd|dsgvo|avg|lgpd|ccpa|art|article|artikel|articulo|artigo|articolo|copy|copia|kopie|data|daten|datos|donnees|dados|dati|gegevens", whole_ticket: false, instead: Some((Kind::HowTo, 2.0)) },
    // Invoices the customer sends to *their* clients, and invoice layout: using the product, not our billing.
    Suppressor { kind: Kind::Billing, phrase: "one ~1 of ~1 my|our ~1 customers|clients|buyers|shops|cafes|restaurants|stores|accounts", whole_ticket: true, instead: None },
    Suppressor { kind: Kind::Billing, phrase: "invoice*|factur*|fatur*|fattur*|rechnung*|quote*|devis|offerte* ~7 client|clients|customer|customers|clienti|cliente|clientes|klant*|kunde|kunden", whole_ticket: false, instead: None },
    Suppressor { kind: Kind::Billing, phrase: "recurring|repeat*|recurrent*|logo|template*|plantilla|modele|vorlage|skip* ~4 invoice*|factur*|fatur*|rechnung*, invoice*|factur*|fatur*|rechnung* ~3 repeat*|recurring|recurrent*|template*|logo|attachment*|skip*|sync*", whole_ticket: false, instead: None },
    // "We'd love you to give a talk", "I'd love to interview": an invitation, not a feature request.
    Suppressor { kind: Kind::FeatureRequest, phrase: "love|like ~3 interview|talk|speak|meet|hear|partner|invite|know|learn|someone", whole_ticket: false, instead: None },
    // "Not hacked or anything, I just forgot it", "nothing's happened to my account": the
    // customer rules it out themselves.
    Suppressor { kind: Kind::Security, phrase: "not|wasn|isn|haven ~2 hacked|compromised ~1 or ~1 anything, asking|asked|ask|wondering|wonder|fragen|preguntan|preguntando|demandent|perguntam|perguntando|chiedono|vragen ~4 if|whether|si|ob|se|of ~3 hacked|gehackt|hackeado|hackeados|pirate|pirates|hackerati|hackerato, not ~1 a ~1 hack|breach|compromise, nothing ~2 happened ~2 to ~1 my|our ~1 account, account ~1 is|s ~1 fine|safe|ok|okay, cuenta ~1 esta ~1 bien, compte ~1 va ~1 bien, konto ~1 ist ~2 ordnung, conta ~1 esta ~1 bem|ok, account ~1 e ~1 a ~1 posto, account ~1 is ~1 in ~1 orde, nothing ~1 like ~1 that|this ~3 happened, no ~1 me ~1 han ~1 hackeado ~1 ni, pas ~1 ete ~1 pirate* ~1 ni|ou, nicht ~1 gehackt ~1 oder, nao ~1 fui ~1 hackead*|piratead*|invadid* ~1 nem, non ~2 stato ~1 hackerat* ~1 o|ne, niet ~1 gehackt ~1 of", whole_ticket: true, instead: None },
    // "ok false alarm, a colleague reset the shared password": the customer calls it off
    // "so it's literally my car": the unknown device was the customer's own
    Suppressor { kind: Kind::Security, phrase: "false alarm, panic over, mystery solved, so ~1 not ~1 hacked|compromised, not ~1 hacked|compromised ~2 after ~1 all, fausse alerte, falsa alarma, falso alarme, falso allarme, fehlalarm, falscher alarm, loos alarm, vals alarm, it s|its|is|was ~1 literally|actually|just|only|simply ~1 my ~2 car|phone|tv|speaker|laptop|tablet|device|computer|console|watch", whole_ticket: true, instead: Some((Kind::Account, 2.0)) },
    // "ho chiamato mia moglie ed era lei", "het bleek mijn vader te zijn": a family member after
    // all. Not "thought it was my son": the words must say it turned out so.
    Suppressor { kind: Kind::Security, phrase: "turned|turns out ~4 my|our ~4 wife|husband|son|daughter|kid|kids|partner|boyfriend|girlfriend|mom|mum|mother|dad|father|brother|sister|child|roommate|flatmate, al final ~2 fue|era|eran ~1 mi|mis|nuestro|nuestra ~1 hija|hijo|hijos|mujer|esposa|marido|madre|padre|hermano|hermana|pareja, finalement ~3 c ~1 etait ~1 ma|mon ~1 femme|mari|fils|fille|mere|pere|frere|soeur, alla fine ~2 era|erano ~1 mia|mio ~1 moglie|marito|figlio|figlia|madre|padre|fratello|sorella, afinal ~2 era|foi ~1 minha|meu ~1 esposa|mulher|marido|filho|filha|mae|pai|irmao|irma, stellte ~4 heraus ~6 meine|mein ~1 frau|mann|sohn|tochter|mutter|vater|bruder|schwester, it ~1 s|was ~1 just|only|actually|indeed ~1 my|our ~1 wife|husband|son|daughter|kid|kids|partner|boyfriend|girlfriend|mom|mum|mother|dad|father|brother|sister|child|roommate|flatmate, its ~1 just|only|actually ~1 my|our ~1 wife|husband|son|daughter|kid|kids|partner|boyfriend|girlfriend|mom|mum|mother|dad|father|brother|sister|child|roommate|flatmate, ed|e ~1 era ~1 lei|lui, era ~1 solo|davvero|proprio ~1 mia|mio ~1 moglie|marito|figlio|figlia|madre|padre|fratello|sorella, bleek ~4 mijn|onze ~1 vrouw|man|zoon|dochter|vader|moeder|broer|zus|partner|vriend|vriendin, resulto|resulta ~3 mi|nuestra|nuestro ~1 mujer|esposa|marido|hijo|hija|madre|padre|hermano|hermana|pareja, c etait ~1 juste|bien|en|finalement ~2 ma|mon ~1 femme|mari|fils|fille|mere|pere|frere|soeur|copine|copain, es war ~1 nur|doch|tatsachlich|einfach ~1 meine|mein ~1 frau|mann|sohn|tochter|mutter|vater|bruder|schwester|freundin|freund, era ~1 so|apenas|mesmo|afinal ~1 minha|meu ~1 esposa|mulher|marido|filho|filha|mae|pai|irmao|irma|namorada|namorado", whole_ticket: true, instead: Some((Kind::Account, 2.0)) },
    // "meine alte Adresse vom Ex-Arbeitgeber … bin noch eingeloggt": a former employer, not a
    // former member still signed in
    // the customer's own customer claiming a hack at *their* shop: "one of our shoppers is convinced we stole her card details"
    Suppressor { kind: Kind::Security, phrase: "customer|customers|shopper|shoppers|client|clients|cliente|clientes|kunde|kundin|klant|buyer|guest|guests ~6 says|said|claims|claimed|thinks|convinced|insists|dice|diciendo|dijo|sagt|behauptet|zegt|beweert|dit|affirme|diz|dizendo|afirma|sostiene ~8 hacked|hackeado|hackeada|pirate|gehackt|hackerato|stole|stolen|robaron|entro|alguien", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    Suppressor { kind: Kind::Security, phrase: "former|ex|old|previous|antiguo|antigua|anterior|ancien|ancienne|ehemalig*|fruher*|alte*|antigo|antiga|vecchio|vecchia|precedente|voormalig*|oude|vorige ~1 employer|job|company|work|workplace|empresa|trabajo|employeur|entreprise|boulot|arbeitgeber|firma|arbeit|arbeitsstelle|empregador|emprego|datore|azienda|lavoro|werkgever|bedrijf|baan|werk", whole_ticket: false, instead: None },
    // "suspendida por infringir nuestras normas de la comunidad": a ban message, an account matter
    Suppressor { kind: Kind::Legal, phrase: "infring*|violat*|breach*|breaking|broke|enfrein*|verstoss*|verstosen|violar|violado|violou|violato|violare|overtreden|overtreding ~4 community|comunidad|communaute|gemeinschaftsrichtlinien|community*|comunidade|comunita|gemeenschap* ~1 guidelines|normas|regles|richtlinien|diretrizes|regole|linee|regels|standards|rules|richtlijnen, infring*|violat*|enfrein*|violar|violado|violou|violato|violare ~4 normas|regles|regole|regras|diretrizes ~3 comunidad|communaute|comunidade|comunita|community", whole_ticket: false, instead: Some((Kind::Account, 2.0)) },
    // A password manager's everyday: storing or moving 2FA codes ("how do I store the 2FA codes
    // in here", "Moving 2FA from Authy"), seven languages
    // codes the customer's own product sends its users: "our verification codes to Turkey", "mandiamo codici OTP"
    Suppressor { kind: Kind::Security, phrase: "our|nuestros|nos|unsere|nossos|nostri|onze ~1 otp|2fa|verification|verificacion|verifizierungs|verificacao|verifica|verificatie ~1 codes|code|sms|codigos|codici, send|sending|mandiamo|inviamo|enviamos|envoyons|senden|versturen|verschicken ~3 otp|2fa|verification ~1 codes|code|sms|codici|codigos, send|sending|mandiamo|inviamo|enviamos|envoyons|senden|versturen|verschicken ~1 codici|codigos|codes ~1 otp|2fa", whole_ticket: false, instead: None },
    Suppressor { kind: Kind::Security, phrase: "store|save|keep|import|add|storing|saving|importing|adding ~5 2fa|totp|otp|mfa|authenticator ~2 codes|code|secrets|seeds|keys|tokens, move|moving|migrate|migrating|transfer|transferring|import|importing ~3 2fa|totp|otp|codes ~2 from ~2 authy|google|microsoft|authenticator|lastpass|1password|bitwarden|dashlane, get ~1 rid ~1 of ~3 authenticator|authy, stop ~1 using ~2 authenticator|authy, guardar|almacenar|salvar|armazenar|deixar|enregistrer|stocker|ranger|speichern|hinterlegen|salvare|memorizzare|conservare|opslaan|bewaren ~3 codigos|codes|codici|codigo|code|codice ~5 2fa|totp|2|fatores|factores|facteurs|faktor|fattori|verificacion|verificacao|verification|verifica|etapas|pasos|etapes|schritte|passaggi|stappen|authenticator, parar|dejar ~1 de ~1 usar ~3 authenticator|authy", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // A breach-monitoring alert about a password leaked elsewhere, and "does this mean I was
    // hacked?": a worry asked about, cancelled where it is said; other signs still count
    Suppressor { kind: Kind::Security, phrase: "breach|leak|exposed|filtracion|fuite|datenleck|vazamento|fuga|violazione|datalek ~3 alert|alerts|alerta|alerte|warnung|aviso|avviso|melding|banner|monitoring ~8 leaked|exposed|gelekt|filtrada|vazada|compromised, does|did|would|could ~1 this|that|it ~1 mean ~4 hacked|breached|compromised|someone|somebody, eso|esto ~1 significa ~1 que ~3 hackeado|alguien|entro|entraron, ca|cela ~1 veut ~1 dire ~1 que ~3 pirate*|quelqu, heisst|bedeutet ~1 das ~3 gehackt|jemand, isso ~1 significa ~1 que ~3 hackead*|invadid*|alguem, significa ~1 che ~3 hackerat*|qualcuno, betekent ~1 dat|dit ~3 gehackt|iemand", whole_ticket: false, instead: None },
    // "I could go to the Ombudsman over this but I have no wish to make a fuss"
    Suppressor { kind: Kind::Legal, phrase: "ombudsman|ombudsmann|mediateur|defensor|difensore|schlichtungsstelle|geschillencommissie ~8 but|pero|mais|aber|mas|ma|maar ~4 no|not|don|pas|nicht|nao|non|niet|kein|keine ~3 wish|want|intend|fuss|intention|quiero|veux|will|quero|voglio|wil", whole_ticket: false, instead: Some((Kind::Billing, 1.0)) },
    // "I'm not planning to sue anyone over a logo": a legal step ruled out
    Suppressor { kind: Kind::Legal, phrase: "not|no|never|don ~3 planning|going|intend|intending|want|wanting ~2 to ~1 sue|suing, pas ~2 l ~1 intention ~3 poursuivre, no ~3 voy|pienso|quiero ~2 demandar, nicht ~3 verklagen, nao ~3 processar, non ~3 fare ~1 causa, niet ~3 aanklagen|procederen", whole_ticket: false, instead: None },
    // "mon cours piraté", "a pirated copy of my course": copied content, not a break-in
    Suppressor { kind: Kind::Security, phrase: "cours|video|videos|contenu|contenus|livre|livres|film|films|musique|formation|formations|ebook|ebooks|course|courses|content|book|books|music|software|logiciel|copie|copy|copies|curso|cursos|kurs|kurse|corso|corsi|cursus ~2 pirate*|piratat*|piratead*|pirata|pirated|raubkopie*, pirated|pirate|piratee|piratees ~1 copy|copies|copie|version|versions|cours|course|courses", whole_ticket: false, instead: None },
    // "pauses someone's door access": whose access, not a stranger's use of it
    Suppressor { kind: Kind::Security, phrase: "someone|somebody ~1 s ~1 door|access|account|badge|card|code|key|profile|membership|subscription|booking|data|details|name|car|cars|house|home|bike|garage|shed|package|parcel|parcels|mailbox|van|truck|vehicle|property|window|windows|dog|cat", whole_ticket: false, instead: None },
    // "as long as someone is logged in", "solange jemand eingeloggt ist": a condition, not a break-in
    Suppressor { kind: Kind::Security, phrase: "while|whenever|as long as|once|unless ~1 someone|somebody|anyone, solange|sobald|wenn|falls|bis ~1 jemand, mientras|cuando|hasta que|si ~1 alguien, tant que|lorsque|quand|si ~1 quelqu, enquanto|quando|se|ate que ~1 alguem, finche|quando|se|mentre ~1 qualcuno, zolang|wanneer|als|tot ~1 iemand", whole_ticket: false, instead: None },
    // "how does the buyer get her money back?": the customer's buyer or client, named, and their money
    Suppressor { kind: Kind::BillingRefund, phrase: "buyer*|koper*|comprador*|acheteu*|kaufer*|kauferin*|acquirent*|customer*|klant*|kunde*|kundin*|cliente*|client|clients|clienti|guest*|gast|gaste|gasten|huesped*|hospede*|ospit* ~3 her|his|their|haar|zijn|hun|su|sus|son|sa|leur|leurs|ihr|ihre|sein|seine|seu|sua|seus|suo|loro ~1 money|geld|dinero|argent|dinheiro|soldi|refund|terugbetaling|reembolso|remboursement|erstattung|rimborso", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // A business giving its own customer's deposit back, or correcting its own invoice to a guest:
    // "giving a customer her deposit back", "un client de l'hôtel a été facturé deux fois",
    // "comment faire un avoir", seven languages
    Suppressor { kind: Kind::BillingRefund, phrase: "give|giving|return|returning ~2 a|the|my|our ~1 customer*|client*|guest*|buyer* ~3 her|his|their ~1 deposit|money, i|we ~1 d|ll|will|would|can|should ~1 give|return|refund ~2 the|her|his|their ~1 deposit ~1 back, a|an|one|our|my ~1 client*|guest*|customer*|patient*|buyer* ~6 charged|billed|paid ~3 twice, un|une|nos|mes ~1 client*|patient*|hote|hotes ~6 facture*|paye*|debite* ~3 deux ~1 fois, un|una|uno|nuestros|mis ~1 cliente*|paciente*|huesped* ~6 cobrad*|pagado|pagada|pago ~3 dos ~1 veces, ein|eine|einem|einer|unser*|mein* ~1 kunde*|kundin*|gast|gaste|patient* ~6 berechnet|belastet|bezahlt ~3 zweimal|doppelt, um|uma|nossos|meus ~1 cliente*|paciente*|hospede* ~6 cobrad*|pagou|pago|paga ~3 duas ~1 vezes, un|una|uno|nostri|miei ~1 client*|pazient*|ospit* ~6 addebitat*|pagato|pagata ~3 due ~1 volte, een|onze|mijn ~1 klant*|gast|gasten|patient* ~6 gefactureerd|betaald|afgeschreven ~3 twee ~1 keer|dubbel, comment|how|como|wie|come|hoe ~4 faire|creer|emettre|make|create|issue|crear|emitir|hacer|erstellen|ausstellen|fazer|creare|emettere|fare|maken|aanmaken ~3 un|une|a|an|una|eine|uma|een ~1 avoir|credit|nota|gutschrift|creditnota|storno*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // The customer issuing a credit note or refund to *their* buyer: "I've agreed to credit them",
    // "wenn ich für einen Kunden eine Gutschrift erstelle", "faço a nota de crédito à mão",
    // "une patiente a payé deux fois", seven languages
    Suppressor { kind: Kind::BillingRefund, phrase: "agreed ~2 to ~1 credit|refund ~1 them|her|him, i|we ~3 raise|issue|create|make|send ~2 a|the ~1 credit ~1 note, ich|wir ~6 gutschrift*|storno* ~2 erstelle|erstellen|ausstelle|ausstellen|anlege|anlegen|buche|buchen|mache|machen, mache|erstelle|buche|stelle ~2 ich|wir ~6 gutschrift*|storno*, fur ~1 einen|einem|den ~1 kunde*|kunden ~3 eine ~1 gutschrift, je|nous ~4 fais|faire|cree|creer|emets|emettre ~2 un ~1 avoir, hago|hacer|emito|emitir|creo|crear ~3 nota ~2 de ~1 credito|abono, faco|fazer|emito|emitir|criar|crio ~3 nota ~2 de ~1 credito, faccio|fare|emetto|emettere|creo|creare ~3 nota ~2 di ~1 credito, ik|we ~4 maak|maken|stuur|sturen ~3 creditnota|creditfactuur, nossos|meus|nuestros|mis|nos|mes|unsere|meine|onze|mijn|nostri|miei ~1 clientes|clients|kunden|klanten|clienti|patients|pacientes|patienten|pazienti ~8 devolu*|rembours*|reembols*|erstatt*|retour*|rimbors*|terugbetal*|gutschrift*|avoir|nota, twice ~3 from ~2 same|the|a|one|our|my ~1 patient*|customer*|client*|guest*|member*|student*", whole_ticket: true, instead: Some((Kind::HowTo, 3.0)) },
    // "cuando el bar nos devuelve los envases": goods coming back, not money
    Suppressor { kind: Kind::BillingRefund, phrase: "devuelv*|devolv*|devolu*|retour*|rend*|restitu*|zuruck* ~3 envase*|botella*|barril*|caja*|producto*|mercancia*|paquete*|articulo*|garrafa*|caixa*|produto*|mercadoria*|encomenda*|bouteille*|caisse*|colis|produit*|marchandise*|flasche*|kiste*|ware|paket*|bottigli*|cassa|casse|prodott*|merce|pacco|flessen|kratten|pakket*|goederen", whole_ticket: false, instead: None },
    // "reservas não reembolsáveis", "non-refundable rate": a kind of rate, not a refund
    Suppressor { kind: Kind::BillingRefund, phrase: "non|nao|no|niet|nicht ~1 refundable|reembolsavel|reembolsaveis|reembolsable|reembolsables|remboursable*|rimborsabil*|erstattungsfahig*|restitueerbaar|terugbetaalbaar, nonrefundable", whole_ticket: false, instead: None },
    // A landlord's tenants' deposits ("die Mietkautionen meiner Mieter … zurückzahlen"), and a
    // tenant writing about *their* landlord: money between the customer and someone else
    Suppressor { kind: Kind::BillingRefund, phrase: "tenant*|mieter*|mieterin*|locataire*|inquilin*|huurder*|arrendatari* ~6 deposit*|kaution*|caution*|fianza*|deposito*|cauzione*|borg*|waarborg*, deposit*|kaution*|caution*|fianza*|deposito*|cauzione*|borg*|waarborg* ~4 tenant*|mieter*|locataire*|inquilin*|huurder*|arrendatari*, my|mi|mon|ma|mein|meine|meu|minha|mio|mia|mijn ~1 landlord|vermieter*|proprietaire|casero|casera|arrendador*|senhorio|senhoria|padrone|padrona|proprietario|proprietaria|verhuurder|huisbaas", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // "so the money goes back to her card": the customer's own client gets the money
    Suppressor { kind: Kind::BillingRefund, phrase: "back ~2 to ~1 her|his|their ~1 card|account|bank, a ~1 su ~1 tarjeta|cuenta, sur ~1 sa|leur ~1 carte, auf ~1 ihre|seine ~1 karte, para ~1 o ~1 cartao ~1 dela|dele, sulla ~1 sua ~1 carta, op ~1 haar|zijn ~1 kaart", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    // The customer's own client asking *them* for their data ("a former client has emailed asking
    // for a copy of everything I hold about her (she mentioned GDPR)"): how to export it.
    Suppressor { kind: Kind::Legal, phrase: "client|clients|customer|customers|shopper|shoppers|buyer|buyers|patient|patients|member|members|student|students|parent|parents|cliente|clientes|clienti|paciente|pacientes|paziente|pazienti|kunde|kundin|kunden|klant|klanten|patientin|employee|employees|lead|leads|empleado|empleada|salarie|salariee|mitarbeiter|mitarbeiterin|funcionario|funcionaria|colaborador|dipendente|medewerker|guest|guests|huesped|huespedes|hote|hotes|gast|gaste|hospede|hospedes|ospite|ospiti|candidate|candidates|applicant|applicants|candidat|candidats|candidato|candidata|candidatos|kandidat|kandidatin|bewerber|bewerberin|sollicitant|assure|assures|assuree|assurees|insured|policyholder|policyholders|asegurado|asegurada|asegurados|versicherte|versicherter|segurado|segurada|segurados|assicurato|assicurata|assicurati|verzekerde|verzekerden ~4 asked|asking|asks|requested|requesting|wants|emailed|wrote|sent|submitted|filed|envoye|enviou|envio|geschickt|inviato|gestuurd|pide|pidio|solicita|solicito|demande|demandait|fragt|gefragt|verlangt|pediu|pede|solicitou|chiede|chiesto|vraagt|gevraagd ~8 copy|copia|copie|kopie|data|datos|donnees|daten|dados|dati|gegevens|subject|sar|dsar|gdpr|rgpd|dsgvo|avg|erasure|delete|deleted|erase|borrar|eliminar|supprimer|effacer|loschen|apagar|cancellare|verwijderen|wissen, gdpr|rgpd|dsgvo|avg|lgpd|ccpa ~3 d|de|di|von|van|do|da|from|of ~1 un|une|uno|una|um|uma|einem|einer|een|one|a ~2 nos|mes|our|my|nuestros|mis|nostri|miei|nossos|meus|onze|mijn|unserer|meiner ~1 client*|customer*|candidat*|kunde*|kundin*|klant*|member*|patient*|student*|employee*|salarie*|assure*|insured|asegurad*|versichert*|segurad*|assicurat*|verzekerde*|policyholder*, client|clients|customer|customers|shopper|shoppers|buyer|buyers|patient|patients|member|members|student|students|parent|parents|cliente|clientes|clienti|paciente|pacientes|paziente|pazienti|kunde|kundin|kunden|klant|klanten|patientin|guest|guests|huesped|huespedes|hote|hotes|gast|gaste|hospede|hospedes|ospite|ospiti ~4 asked|asking|asks|requested|requesting|wants|emailed|wrote|pide|pidio|solicita|solicito|demande|demandait|fragt|gefragt|verlangt|pediu|pede|solicitou|chiede|chiesto|vraagt|gevraagd ~14 gdpr|rgpd|dsgvo|avg|lgpd|lopd|ccpa", whole_ticket: false, instead: Some((Kind::HowTo, 2.0)) },
    // Someone threatening the customer, not us: "she'll take me to the small claims court",
    // "el inquilino nos va a demandar", seven languages
    Suppressor { kind: Kind::Legal, phrase: "she|he|they|tenant|tenants|customer|customers|client|clients|guest|guests|buyer|buyers|patient|patients|student|students|parent|parents ~3 take|taking|sue|suing ~1 me|us ~4 court|claims|tribunal, me|nos ~1 va|van|quiere|quieren ~2 demandar|denunciar, va|veut|vont|veulent ~1 me|nous ~1 poursuivre|attaquer, will|wird|wollen|werden ~1 mich|uns ~1 verklagen, vai|vao|quer|querem ~1 me|nos ~1 processar, mi|ci ~1 vuole|vogliono|fara|faranno ~1 causa, wil|gaat|willen|gaan ~1 mij|ons ~1 aanklagen|dagvaarden", whole_ticket: false, instead: None },
    // The customer's own lawyer needing something from the product ("my lawyer wants the full
    // audit trail"), and law firms as prospects or partners ("a 40-lawyer firm evaluating
    // vendors", "siamo uno studio legale … programma partner")
    Suppressor { kind: Kind::Legal, phrase: "my|our ~1 lawyer|attorney|solicitor|avocat|avocate|abogado|abogada|anwalt|anwaltin|advogado|advogada|avvocato|avvocata|advocaat ~6 wants|needs|asked|asks|requires|quiere|necesita|pide|veut|demande|besoin|braucht|mochte|quer|precisa|pediu|vuole|chiede|serve|wil|vraagt, give|send|forward|pass|show|envoyer|enviar|mandar|schicken|geben|inviare|dare|sturen|geven ~3 my|our|mon|mi|mein|meinem|meu|mio|mijn ~1 lawyer|attorney|solicitor|avocat|abogado|anwalt|advogado|avvocato|advocaat, lawyer|lawyers|attorney|attorneys ~1 firm, firm ~2 of ~1 solicitors|lawyers|attorneys, solicitors|lawyers|attorneys|abogados|avocats|anwalte|advogados|avvocati|advocaten ~12 partner|partnership|partners|referral|reseller|directory|demo|pricing, partner|partnership|partners|referral ~6 solicitors|lawyers|attorneys|abogados|avocats|anwalte|advogados|avvocati|advocaten, law ~1 firm|firms ~8 evaluating|evaluate|partner|partnership|reseller|demo|pricing|price|quote|seats|trial, studio|studi ~1 legale|legali ~12 partner|partnership|reseller|programma|sconti|demo|prezzi, bufete|despacho|cabinet|kanzlei|escritorio|advocatenkantoor ~12 partner|socio|partenaire|partenariat|reseller|revendeur|demo|precio|precios|prix|preise|preco|prijzen", whole_ticket: false, instead: Some((Kind::Other, 1.0)) },
    // Someone else's personal data in the customer's hands: "são dados pessoais do candidato",
    // "volgens de AVG mag ik gegevens van huurders niet langer bewaren"
    // "j'ai failli appeler la police", "about to call 911": a fright, not a police request
    // the customer's own customer threatening *them*: "Kundin droht mit Anwalt", "een klant dreigt met een advocaat"
    Suppressor { kind: Kind::Legal, phrase: "threatens|threatening|threatened|droht|drohte|dreigt|dreigde|amenaza|amenazo|menace|minaccia|ameaca ~3 with|met|mit|con|com|de|d ~3 lawyer|anwalt|advocaat|abogado|avocat|avvocato|advogado|legal|attorney|solicitor", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    Suppressor { kind: Kind::Legal, phrase: "almost|nearly|about|failli|casi|quase|quasi|fast|bijna|presque ~3 call|calling|called|appeler|appele|llamar|llame|ligar|liguei|chiamare|chiamato|anrufen|angerufen|gerufen|bellen|gebeld ~2 the|la|a|die|de|le|al|alla ~1 police|policia|polizei|polizia|politie|cops|911|112", whole_ticket: false, instead: None },
    Suppressor { kind: Kind::Legal, phrase: "personal ~1 data|information, dados ~1 pessoais, datos ~1 personales, donnees ~1 personnelles, personenbezogene ~1 daten, dati ~1 personali, persoonsgegevens, gegevens|daten|donnees|datos|dados|dati|data ~2 of|do|da|dos|das|del|de|des|der|dei|delle|van ~2 the|o|a|el|la|le|il|my|our|meus|mis|mes|nos|meiner|unserer|mijn|onze|miei|nostri ~1 candidat*|tenant*|client*|customer*|guest*|employee*|inquilin*|locataire*|mieter*|huurder*|kandida*|cliente*|hospede*|huesped*|student*|aluno*|alumno*|eleve*|leerling*|patient*, gdpr|rgpd|dsgvo|avg|lgpd|ccpa ~6 gegevens|daten|donnees|datos|dados|dati|data ~2 van|von|de|des|der|of|do|dos|da|dei|delle ~2 huurders|kandidaten|mieter*|locataire*|inquilin*|tenants|candidates|clients|customers|guests|klanten|kunden|gasten|patients|students|leerlingen|schuler*", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    // The customer handing footage or records *to* the police asks how to export them.
    Suppressor { kind: Kind::Legal, phrase: "to|for ~1 the ~1 police|cops, a|pour ~1 la ~1 policia|police, an|fur ~1 die ~1 polizei, para|a ~1 a ~1 policia, alla|per ~1 la ~1 polizia, aan|naar|voor ~1 de ~1 politie", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    // The customer's own status page and incidents: "how do I post an incident on our status
    // page?", "planifier une maintenance", seven languages
    Suppressor { kind: Kind::Outage, phrase: "our|my|public ~2 status ~1 page|pages, our|my ~1 statuspage|statuspagina|statusseite, nuestra|mi ~1 pagina ~1 de ~1 estado, notre|ma ~1 page ~1 de ~1 statut, unsere|meine ~1 statusseite, nossa|minha ~1 pagina ~1 de ~1 status, nostra|mia ~1 pagina ~1 di ~1 stato, onze|mijn ~1 statuspagina, post|posting|publish|create|open|declare|schedule|planifier|programar|publicar|crear|veroffentlichen|erstellen|pubblicare|creare|publiceren|aanmaken ~4 incident|incidents|maintenance|incidente|incidencia|wartung|manutencao|manutenzione|onderhoud, put ~1 up ~2 incident|maintenance", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    // "how do I get an email when there's an incident?": alerts about outages, not one
    Suppressor { kind: Kind::Outage, phrase: "notified|notify|notification*|alert|alerts|email|ping|sms|text ~6 when|if|whenever ~3 outage|outages|incident|incidents|down|problems", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    // "our database, not you", "the outage was 100% our fault": the customer's own outage
    Suppressor { kind: Kind::Outage, phrase: "not ~1 you|yours, not ~1 your ~1 fault|side|end|problem, was|is|s|entirely|totally|completely|100 ~2 our ~1 fault, our ~1 own ~1 database|db|server|servers|api|site|website|code|deploy|outage|incident|fault", whole_ticket: true, instead: Some((Kind::HowTo, 1.0)) },
    // "The only thing I changed in this PR is the start script": the customer's own change
    Suppressor { kind: Kind::Outage, phrase: "only ~1 thing|change|things|changes ~3 i|we ~1 changed|did|touched|modified, lo|la ~1 unico|unica ~1 que ~2 cambie|cambiamos|cambiado|modifique|modificamos, la ~1 seule ~1 chose ~1 que ~3 change|changee|modifie|modifiee, das ~1 einzige ~6 geandert|angepasst, a|o ~1 unica|unico ~1 coisa|mudanca ~1 que ~2 mudei|mudamos|alterei|alteramos|fiz, l ~1 unica ~1 cosa ~1 che ~3 cambiato|modificato, het ~1 enige ~6 veranderd|gewijzigd|aangepast", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    // "do I unlock it on your side first?": where to do something, not where it broke
    Suppressor { kind: Kind::Outage, phrase: "unlock|enable|disable|activate|deactivate|configure|approve|whitelist|allowlist|release|cancel|delete|remove|add|update|set ~3 on|at|from ~1 your ~1 side|end", whole_ticket: false, instead: Some((Kind::HowTo, 1.0)) },
    // "I haven't scanned it on any other device … same error": one customer's devices
    Suppressor { kind: Kind::Outage, phrase: "other|another|autre|otro|otra|outro|outra|altro|altra|anderen|andere|ander ~1 device|devices|phone|phones|browser|browsers|computer|computers|laptop|pc|tablet|appareil|dispositivo|telefono|navegador|navigateur|gerat|handy|apparaat|toestel|telefoon|telemovel|celular|portable|ordinateur|computador|ordenador|rechner", whole_ticket: false, instead: Some((Kind::Bug, 1.0)) },
    // "so it's clearly not everyone": the word that usually says outage, negated
    Suppressor { kind: Kind::Outage, phrase: "not|isn|wasn ~1 everyone|everybody|general|widespread", whole_ticket: false, instead: Some((Kind::Bug, 1.0)) },
    // "Did something change on your end?" asks whether a change broke one customer's setup.
    Suppressor { kind: Kind::Outage, phrase: "something|anything ~1 change|changed|changes ~3 on ~1 your ~1 end|side", whole_ticket: false, instead: Some((Kind::Bug, 1.0)) },
    // One user's broken feature is a bug, not an outage.
    Suppressor { kind: Kind::Outage, phrase: "only ~1 for|on|with|to ~1 me|my|mine, only me, just for me, just on my, happens only to me, only happens to me, just my account", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "works|working|fine ~4 for ~2 colleague*|coworker*|others|rest, works|working|fine ~4 for everyone|everybody else", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "potes|amis|copains|collegues|voisins ~8 aucun ~1 souci|soucis|probleme|problemes, colleague*|coworker*|colegas|colleghi|collegues|kollegen|collegas|companeros ~8 non|no|nao|keine|geen ~2 hanno|tienen|tem|haben|hebben ~1 problemi|problemas|probleme|problemen|problema, colleague*|coworker*|colegas|colleghi|collegues|kollegen|collegas|companeros ~8 without|sin|sem|senza|sans|ohne|zonder ~1 problem|problems|issue|issues|trouble|problema|problemas|probleme|problemen|problemi|souci|soucis, colleague*|coworker*|others|teammates ~3 fine|ok|okay|normally|unaffected, other ~1 sites|accounts|pages|stores|shops|projects|domains|websites ~5 fine|ok|okay|normal*|unaffected|working", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "everyone|everybody|anyone ~1 else ~6 fine|ok|okay|normal*|unaffected|correct*|works|working|without", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "bei ~1 ihnen|denen ~3 normal|problemlos|einwandfrei, bij ~3 collega*|anderen ~3 werkt|gaat ~2 wel|goed, a mis companeros ~2 funciona, mes collegues ~3 marche|fonctionne, bei ~2 kollege*|kollegin*|anderen ~6 funktioniert|geht|klappt, meus colegas ~3 funciona, miei colleghi ~3 funziona", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "for me only, me only, colleague* ~8 gets|get|sees|see|works|can, collegues ~3 voient|ont, colegas ~3 ven|tienen, kollegen ~3 sehen|haben, colleghi ~3 vedono, collega s ~3 zien",  whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "colleague*|coworker*|teammates ~3 can, colleague*|coworker*|teammates ~3 are able, mes collegues ~3 arrivent|peuvent|reussissent, mis companeros ~2 pueden|consiguen, kollegen ~3 konnen, meus colegas ~3 conseguem|podem, colleghi ~3 riescono|possono, collega s ~3 kunnen, rest|reste|resto ~4 works|working|fonctionne|funciona|funziona|funktioniert|werkt ~1 normal*|fine|bien|bene|goed", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    // A friend's site or account works ("my friend uses it too and hers is fine", "os sites de
    // uma amiga … estão normais"): one customer's problem.
    Suppressor { kind: Kind::Outage, phrase: "mom|mum|mother|dad|father|sister|brother|neighbour|neighbor|neighbours|neighbors|moeder|mutter|mere|madre|mae|vader|vater|pere|padre|pai|zus|schwester|soeur|hermana|irma|sorella|buurman|buurvrouw|nachbar|nachbarin|voisin|voisine|vecino|vecina|vizinho|vizinha|vicino|vicina|friend|friends|amiga|amigo|amigas|amigos|freund|freundin|freunde|ami|amie|amis|amies|amici|amiche|vriend|vriendin|vrienden ~6 hers|his|theirs ~3 works|working|fine, mom|mum|mother|dad|father|sister|brother|neighbour|neighbor|neighbours|neighbors|moeder|mutter|mere|madre|mae|vader|vater|pere|padre|pai|zus|schwester|soeur|hermana|irma|sorella|buurman|buurvrouw|nachbar|nachbarin|voisin|voisine|vecino|vecina|vizinho|vizinha|vicino|vicina|friend|friends|amiga|amigo|amigas|amigos|freund|freundin|freunde|ami|amie|amis|amies|amici|amiche|vriend|vriendin|vrienden ~6 fine|normal|normally|normais|normales|normaux|normale|normalmente|sensible|problemlos, mom|mum|mother|dad|father|sister|brother|neighbour|neighbor|neighbours|neighbors|moeder|mutter|mere|madre|mae|vader|vater|pere|padre|pai|zus|schwester|soeur|hermana|irma|sorella|buurman|buurvrouw|nachbar|nachbarin|voisin|voisine|vecino|vecina|vizinho|vizinha|vicino|vicina|friend|friends|amiga|amigo|amigas|amigos|freund|freundin|freunde|ami|amie|amis|amies|amici|amiche|vriend|vriendin|vrienden ~10 it|and|y|e|et|und|en ~1 works|funciona|fonctionne|marche|funktioniert|funziona|werkt, mom|mum|mother|dad|father|sister|brother|neighbour|neighbor|neighbours|neighbors|moeder|mutter|mere|madre|mae|vader|vater|pere|padre|pai|zus|schwester|soeur|hermana|irma|sorella|buurman|buurvrouw|nachbar|nachbarin|voisin|voisine|vecino|vecina|vizinho|vizinha|vicino|vicina|friend|friends|amiga|amigo|amigas|amigos|freund|freundin|freunde|ami|amie|amis|amies|amici|amiche|vriend|vriendin|vrienden ~8 works|marche|fonctionne|funciona|funziona|funktioniert|werkt ~2 bien|bene|goed|gut|fine|perfectly|perfectamente|perfeitamente|parfaitement|perfettamente|prima|normal|normalement|normalmente", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "something|wrong ~2 with ~1 mine, it s|its ~1 my ~1 account|end|side|setup|phone|device, on|at ~1 my ~1 end, so ~1 conmigo, rien que chez moi, que ~1 chez ~1 moi, solo da me, seems|looks ~3 be ~1 just|only ~1 us|me, account|accounts|site|setup ~6 has|have|had ~1 no ~1 problem|problems|issue|issues", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    // one carrier or network late, the rest fine: "only Turkcell numbers … every other country is fine"
    Suppressor { kind: Kind::Outage, phrase: "only ~3 one|single ~1 network|carrier|operator|provider|country, un|una|uno|um|einem|een ~1 solo|seul|single|einzigen ~1 operatore|operador|operateur|netz|provider|netwerk, every|all ~1 other ~1 country|countries|carrier|carriers|network|networks|operator|operators ~3 fine|ok|normal|working|unaffected, altri ~1 operatori ~8 normale|bene|funziona|regolare, otros ~1 operadores ~6 no ~1 pasa|funciona|bien, autres ~1 operateurs ~6 normal|normale|fonctionne|marche, anderen ~1 netze|anbieter|provider|netzbetreiber ~6 normal|funktionier*|problemlos, outros ~1 operadores ~6 normal|funciona, andere ~1 providers|netwerken|operators ~6 normaal|werkt|werken", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    // The customer's own internet is down ("our broadband's been down since this morning"):
    // a question about working offline, not our outage.
    Suppressor { kind: Kind::Outage, phrase: "our|my ~1 internet|broadband|wifi|router|isp|fibre|fiber|connection|line ~4 down|out|dead|cut|gone, school|office|shop|store|home|house|hotel|company ~1 internet|broadband|wifi|router|line|network ~4 down|out|dead|cut|gone, nuestro|nuestra|mi ~1 internet|wifi|router|fibra|conexion|linea ~4 caido|caida|cortado|cortada|no ~1 funciona|va, notre|mon|ma ~1 internet|wifi|box|fibre|connexion|ligne ~4 panne|coupe|coupee|tombe|tombee, unser|unsere|mein|meine ~1 internet|wlan|router|leitung|anschluss|verbindung ~4 ausgefallen|weg|down|tot|geht ~1 nicht, nossa|nosso|minha|meu ~1 internet|wifi|roteador|fibra|conexao|linha ~4 caiu|fora|cortad*, nostro|nostra|mio|mia|la ~1 internet|wifi|router|fibra|connessione|linea ~4 giu|saltat*|interrott*|non ~1 funziona|va, ons|onze|mijn ~1 internet|wifi|router|glasvezel|verbinding|lijn ~4 plat|eruit|down|weg|werkt ~1 niet, storing|storingen|outage|panne|caida|storung|queda|guasto|interruption ~3 provider|isp|fai|proveedor|anbieter|provedor|operadora|gestore|operateur|internetprovider|internetanbieter|comcast|xfinity|ziggo|kpn|telekom|movistar, provider|isp|fai|proveedor|anbieter|provedor|operadora|gestore|operateur|internetprovider|internetanbieter|comcast|xfinity|ziggo|kpn|telekom|movistar ~3 storing|storingen|outage|panne|caida|storung|queda|guasto|interruption|down|ausgefallen, internet|wifi|broadband|stroom|strom|power|electricity|courant|luz|luce ~6 wijk|buurt|neighbourhood|neighborhood|street|area|quartier|barrio|viertel|bairro|quartiere|straat|strasse|rue|calle|rua|via ~4 plat|down|out|panne|caido|caida|ausgefallen|weg|fora|giu|uitgevallen|coupe|coupee", whole_ticket: true, instead: Some((Kind::HowTo, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "haben|hat ~2 das|dieses|den|diesen ~1 problem|fehler ~1 nicht, betrifft|betreffen|betroffen ~2 nur ~2 uns|mich, nur ~2 uns|mich ~2 zu ~1 betreffen, don|doesn|aren|isn|haven ~2 have|having|seeing|getting|had ~2 the|this|that ~1 problem|issue|error, only ~1 affects|affecting ~1 us|me", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    // "Is that (price) for everyone or just me?" asks about a price, not an outage.
    Suppressor { kind: Kind::Outage, phrase: "is that|this for everyone|everybody|all ~1 or ~1 just|only ~1 me|us, price*|pricing|increase*|plan|discount*|offer|rate|fee|fees|precio|prix|preis|preco|prezzo|prijs|tarif*|aumento|hausse|erhohung|verhoging ~8 everyone|everybody|all|todos|tous|alle|tutti|iedereen ~2 or|o|ou|oder|of ~2 just|only|solo|seulement|nur|so|apenas|alleen ~1 me|us|mi|moi|mich|mir|mim|comigo|mij|ons", whole_ticket: true, instead: Some((Kind::Billing, 2.0)) },
    // "bij de andere scholen van ons bestuur gebeurt dat niet", seven languages
    Suppressor { kind: Kind::Outage, phrase: "bij ~3 andere|anderen ~6 gebeurt|speelt|komt ~3 niet, en|a ~2 otros|otras|los|las ~4 no ~1 pasa|ocurre|sucede, chez|dans|pour ~2 les ~1 autres ~5 n|ne ~2 arrive|passe|produit ~1 pas, bei ~2 anderen|den ~1 anderen ~5 passiert|tritt|gibt ~3 nicht, nas|nos|em ~2 outras|outros ~4 nao ~1 acontece, negli|nelle|agli|alle ~1 altri|altre ~4 non ~1 succede|capita|accade", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
    Suppressor { kind: Kind::Outage, phrase: "solo ~2 a mi, solo ~1 a ~1 noi|nosotros, seulement ~1 chez ~1 nous, nur ~1 bei ~1 uns, so ~1 com ~1 a ~1 gente, alleen ~1 bij ~1 ons, me pasa a mi, solo en mi, seulement ~2 moi, nur ~2 bei mir, so ~2 comigo, apenas ~2 comigo, solo ~2 a me, alleen ~2 bij mij", whole_ticket: true, instead: Some((Kind::Bug, 2.0)) },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_pattern_lists_an_alternative_twice() {
        use crate::phrase::repeated_alternatives;
        let mut sources: Vec<&str> = Kind::ALL.iter().flat_map(|k| cues(*k).map(|(_, p)| p)).collect();
        sources.extend(SUPPRESSORS.iter().map(|s| s.phrase));
        sources.extend([NOT_ONLY_ME, OR, REFUND_FROM_US, CROWD]);
        sources.extend(super::super::concepts::CONCEPT_CUES.iter().map(|(_, _, p)| *p));
        let repeated: Vec<String> = sources.iter().flat_map(|s| repeated_alternatives(s)).collect();
        assert!(repeated.is_empty(), "{repeated:#?}");
    }

    #[test]
    fn every_cue_line_has_a_weight_and_a_pattern() {
        for kind in Kind::ALL {
            assert_eq!(cues(kind).count(), list(kind).lines().count(), "{kind}");
            assert!(cues(kind).all(|(weight, pattern)| (0.5..=3.0).contains(&weight) && !pattern.is_empty()), "{kind}");
        }
        assert_eq!(tenths("2.5"), Some(25));
        assert_eq!(tenths("3"), Some(30));
        assert_eq!(tenths("x.5"), None);
    }
}
