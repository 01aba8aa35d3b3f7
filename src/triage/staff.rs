//! What the support team has already said about the ticket. Agents' and system comments are
//! not the customer's words, so the kind rules do not read them; but two kinds of staff note
//! are the strongest signals a ticket can carry, and customers cannot write those comments:
//! a link to an incident ("Linked to incident INC-2312", "failures across accounts since 6am")
//! and a hand-over to the security team ("Escalating to Trust & Safety"). A note that rules an
//! incident or a compromise out ("Status green, no other reports. Their store only.", "Malware
//! scan clean … Not a compromise.") counts too: it cancels those cues, however loudly the
//! customer asked "IS IT DOWN???" or "have we been hacked?".

use std::sync::OnceLock;

use super::Scored;
use crate::kind::Kind;
use crate::phrase::{byte_span, Phrase, PhraseSet};
use crate::text::tokenize;
use crate::ticket::{AuthorRole, Ticket};

/// Weight of a staff note: a clear cue on its own.
const WEIGHT: f32 = 3.0;

const INCIDENT_LINKS: &[&str] = &[
    "linked|attached|related|merged|added|tagged ~3 incident|incidents|outage|inc, linked|attached|related|merged ~3 problem ~1 ticket",
    "affected ~1 by ~3 incident|incidents|inc|outage",
    "across|multiple|many|several ~1 accounts|customers|clients|tenants|regions",
    // "same 502 on 4 other accounts", "escalated to on-call" (but not "other customers" in general)
    "same|also|seeing|seen|reproduced|reproduce|happening ~4 on ~2 other ~1 accounts|customers|clients|tenants|workspaces",
    "escalated|paged|escalating ~3 on ~1 call, escalated|paged|escalating ~3 oncall|sre",
    // a status page that says something ("Status page updated", "posted on the status page"),
    // not "Status page green"
    "status page ~2 updated|posted|shows|showing|red|degraded|incident|outage|down|partial|major|amber|yellow, statuspage ~2 updated|posted|shows|showing|red|degraded|incident|outage|down|partial|major|amber|yellow, posted|updated|per|see ~3 status ~1 page|statuspage, on ~1 the|our ~1 status ~1 page|statuspage, known outage, ongoing incident, active incident, major incident, widespread",
    "vinculad*|enlazad*|relacionad*|lie|liee|rattache*|verknupft|verlinkt|associad*|collegat*|gekoppeld ~3 incident*|incidencia|incidente|storung|panne|inc",
    "incident*|incidencia|incidente|storung|panne|inc ~3 vinculad*|enlazad*|relacionad*|lie|liee|rattache*|verknupft|verlinkt|associad*|collegat*|gekoppeld",
    "varias|plusieurs|mehrere|vari|meerdere|muitas|muchas ~1 cuentas|comptes|konten|contas|account|clientes|clients|kunden|klanten|clienti",
];

/// "Escalating to Trust & Safety", "handed to the security team", "looks like an ATO".
const SECURITY_HANDOVERS: &[&str] = &[
    "escalat*|forward*|rout*|handed|handing|passed|passing|loop*|flag*|assign* ~4 trust ~2 safety|secops|soc, escalat*|forward*|rout*|handed|handing|passed|passing|loop*|flag*|assign* ~4 security|fraud|abuse ~1 team|queue|desk",
    "eskalier*|weitergeleitet|escalad*|encaminhad*|inoltrat*|geescaleerd|transmis ~4 sicherheit*|seguridad|seguranca|sicurezza|securite|beveiliging*|fraude|betrug*",
    "sicherheit*|beveiliging*|betrug* ~3 eskaliert|weitergeleitet|geescaleerd|doorgezet",
    // "Paged security on-call"
    "paged|paging|page ~2 security|secops|soc|csirt, paged|paging|page ~2 incident ~1 response",
    "suspected|likely|possible|probable|looks ~1 like ~2 account ~1 takeover|compromise, suspected|likely|possible|probable ~1 ato|compromise|compromised, looks ~1 like ~2 takeover|ato|compromise",
    "escalat*|forward*|rout*|handed|handing|passed|passing|flag*|assign* ~4 payments|payment|fraud ~1 risk, escalat*|forward*|rout*|handed|flag*|assign* ~4 risk ~1 team|queue|desk|ops",
];

/// "No other reports", "their store only", "not seeing any wider problem".
const NOT_AN_INCIDENT: &[&str] = &[
    "no ~1 other ~1 reports|tickets|customers|accounts|complaints",
    "no ~1 open|active|ongoing|current ~1 incident|incidents|outage, no ~1 incident ~1 open|ongoing|declared, kein ~1 offener|aktiver ~1 incident|vorfall|ausfall, geen ~1 open|actief ~1 incident|storing, ningun|ninguna ~1 incidente|incidencia ~1 abierto|abierta|activo|activa, aucun ~1 incident ~1 ouvert|en ~1 cours, nenhum ~1 incidente ~1 aberto|ativo, nessun ~1 incidente ~1 aperto|attivo",
    "their|this|his|her ~1 store|shop|account|site|office|setup|device|network ~1 only, only ~1 their|this ~1 store|shop|account|site|office|customer",
    "not ~2 seeing ~2 any ~1 wider|other|general|platform ~1 problem|issue|incident|outage",
    "keine ~1 anderen ~1 meldungen|tickets|kunden, nur ~1 bei ~1 diesem|dieser ~1 kunden|kundin|filiale, geen ~1 andere ~1 meldingen, ningun|ningum ~1 otro|outro ~1 cliente|reporte|relato, aucun ~1 autre ~1 signalement|client, nessun ~1 altro ~1 cliente|segnalazione",
    "nothing ~1 wrong ~2 on|with ~1 the|our ~1 platform|side|end|servers, not ~1 a ~1 platform ~1 issue|problem",
    // "No incident, other hubs in us-east heartbeat normally"
    "no ~1 incident, other ~1 hubs|devices|accounts|stores|customers|sites|tenants|clinics|shops|workspaces|schools|offices|branches|restaurants|hotels ~4 normally|normal|fine|ok|healthy|unaffected, single ~1 site|school|store|account|customer|office|branch",
    // "Reproduced: only this ref fails … Status page green"
    "status ~1 page ~1 green|ok|clear|normal|operational, statuspage ~1 green|ok|clear, only ~1 this ~1 ref|booking|order|record|reference|van|device ~2 fails|failing|affected",
];

/// "Not a compromise", "no suspicious logins", "scan clean, no new admin users".
const NOT_A_COMPROMISE: &[&str] = &[
    "not ~1 a ~1 compromise|hack|breach|takeover, no ~1 compromise|intrusion|breach, no ~1 sign|signs|evidence|indication ~2 of ~2 compromise|intrusion|hack|hacking|breach|unauthori*",
    "no ~1 suspicious|unknown|unusual ~1 logins|login|sessions|activity|access, no ~1 new ~1 admin|admins ~1 users|accounts",
    // "Customer confirmed the person was the booked pro. No safety issue."
    "no ~1 safety|security ~1 issue|issues|concern|concerns|incident|risk",
    "keine ~1 kompromittierung|anzeichen|hinweise ~3 angriff|kompromittierung|einbruch, kein ~1 angriff|hack|einbruch, no ~1 hay ~2 intrusion|hackeo|indicios, no ~1 es ~1 un ~1 hackeo|ataque, pas ~1 de ~1 compromission|piratage|intrusion, aucune ~1 compromission|intrusion, sem ~2 sinais ~2 invasao|ataque, nao ~1 foi ~1 invadid*|hackead*, nessuna ~1 compromissione|intrusione, non ~1 e ~1 un ~1 attacco, geen ~1 inbraak|hack|aanval|compromittering",
];

/// Staff notes that rule a kind out, and the kind the ticket more likely is instead.
struct RulingOut {
    kind: Kind,
    what: &'static str,
    phrases: &'static [&'static str],
    instead: Kind,
}

const RULINGS_OUT: [RulingOut; 2] = [
    RulingOut { kind: Kind::Outage, what: "an incident", phrases: NOT_AN_INCIDENT, instead: Kind::Bug },
    RulingOut { kind: Kind::Security, what: "a compromise", phrases: NOT_A_COMPROMISE, instead: Kind::Bug },
];

struct StaffSignal {
    kind: Kind,
    what: &'static str,
    phrases: &'static [&'static str],
}

const SIGNALS: [StaffSignal; 2] = [
    StaffSignal { kind: Kind::Outage, what: "ties the ticket to an incident", phrases: INCIDENT_LINKS },
    StaffSignal { kind: Kind::Security, what: "hands the ticket to the security team", phrases: SECURITY_HANDOVERS },
];

fn compiled() -> &'static [PhraseSet; SIGNALS.len()] {
    static SETS: OnceLock<[PhraseSet; SIGNALS.len()]> = OnceLock::new();
    SETS.get_or_init(|| SIGNALS.each_ref().map(|s| PhraseSet::new(s.phrases.iter().map(|p| Phrase::new(p)).collect())))
}

/// Adds the cue of each kind of staff note the ticket carries (once per kind); returns the
/// kinds a staff note ruled out.
pub(super) fn add_staff_signals(ticket: &Ticket, scores: &mut [Scored], signals: &mut Vec<String>) -> Vec<Kind> {
    let mut found = [false; SIGNALS.len()];
    let mut ruled_out: [Option<String>; RULINGS_OUT.len()] = Default::default();
    for comment in ticket.comments.iter().filter(|c| matches!(c.author_role, AuthorRole::Agent | AuthorRole::System)) {
        let tokens = tokenize(&comment.body);
        for (phrase, ruled_out) in rulings_out().iter().zip(ruled_out.iter_mut()) {
            if ruled_out.is_none() {
                *ruled_out = phrase.first(&tokens).map(|m| comment.body[byte_span(&tokens, &m)].to_string());
            }
        }
        for ((signal, set), found) in SIGNALS.iter().zip(compiled()).zip(found.iter_mut()) {
            if *found {
                continue;
            }
            if let Some((_, m)) = set.find_all(&tokens).into_iter().next() {
                *found = true;
                let cue = comment.body[byte_span(&tokens, &m)].to_string();
                signals.push(format!("staff note {}: \"{cue}\"", signal.what));
                let slot = &mut scores[signal.kind.index()];
                slot.score += WEIGHT;
                slot.cues.push(cue);
                slot.distinct += 1;
                slot.clear = true;
            }
        }
    }
    // A staff note that rules an incident or a compromise out outweighs the customer's alarm
    // (unless staff also linked an incident or handed the ticket to security: staff who wrote
    // both know which came last; this reads them in no order).
    let mut kinds = Vec::new();
    for (rule, cue) in RULINGS_OUT.iter().zip(ruled_out) {
        let confirmed = SIGNALS.iter().zip(found).any(|(signal, found)| found && signal.kind == rule.kind);
        if let Some(cue) = cue.filter(|_| !confirmed) {
            signals.push(format!("staff note rules out {}: \"{cue}\"", rule.what));
            scores[rule.kind.index()] = Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false };
            scores[rule.instead.index()].score += 2.0;
            kinds.push(rule.kind);
        }
    }
    kinds
}

fn rulings_out() -> &'static [Phrase; RULINGS_OUT.len()] {
    static PHRASES: OnceLock<[Phrase; RULINGS_OUT.len()]> = OnceLock::new();
    PHRASES.get_or_init(|| RULINGS_OUT.each_ref().map(|r| Phrase::new(&r.phrases.join(", "))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticket_with(role: &str, body: &str) -> Ticket {
        serde_json::from_value(serde_json::json!({
            "id": "1", "description": "none of our reminders went out",
            "comments": [{"author_role": role, "public": true, "body": body}]
        }))
        .unwrap()
    }

    /// The (outage, security) scores a comment adds.
    fn staff_scores(role: &str, body: &str) -> (f32, f32) {
        let mut scores: Vec<Scored> = Kind::ALL.iter().map(|_| Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false }).collect();
        add_staff_signals(&ticket_with(role, body), &mut scores, &mut Vec::new());
        (scores[Kind::Outage.index()].score, scores[Kind::Security.index()].score)
    }

    #[test]
    fn staff_incident_links_count_and_customer_words_do_not() {
        assert_eq!(staff_scores("system", "Linked to incident INC-2312 \"SMS notifications not delivered\"."), (WEIGHT, 0.0));
        assert_eq!(staff_scores("agent", "We're seeing delivery failures across accounts since 6am."), (WEIGHT, 0.0));
        assert_eq!(staff_scores("agent", "Interne Notiz: mit Störung INC-88 verknüpft."), (WEIGHT, 0.0));
        assert_eq!(staff_scores("agent", "Seeing the same 502 on 4 other accounts in EU-2. Escalated to on-call."), (WEIGHT, 0.0));
        // the customer cannot write a staff note
        assert_eq!(staff_scores("end_user", "Linked to incident INC-2312, please escalate."), (0.0, 0.0));
        // an agent talking about other customers in general is no incident
        assert_eq!(staff_scores("agent", "I can't share anything about other customers, sorry."), (0.0, 0.0));
    }

    #[test]
    fn staff_hand_overs_to_security_count_and_customer_words_do_not() {
        assert_eq!(staff_scores("agent", "Voids came from a web session abroad. Escalating to Trust & Safety, don't reset anything."), (0.0, WEIGHT));
        assert_eq!(staff_scores("agent", "Interne Notiz: an das Sicherheitsteam eskaliert."), (0.0, WEIGHT));
        assert_eq!(staff_scores("agent", "Intern: eskaliert an Sicherheit, bitte nichts zurücksetzen."), (0.0, WEIGHT));
        assert_eq!(staff_scores("agent", "Looks like an account takeover, new e-mail set from a VPN."), (0.0, WEIGHT));
        assert_eq!(staff_scores("agent", "Payout changed after a reset from a new device. Looks like takeover - do NOT release. Escalating to Payments Risk."), (0.0, WEIGHT));
        assert_eq!(staff_scores("end_user", "Please escalate this to your security team!"), (0.0, 0.0));
        assert_eq!(staff_scores("agent", "Sent the customer the link to our security page."), (0.0, 0.0));
        // a staff note that rules an incident out cancels the outage cues; a customer cannot
        let outage_after = |role: &str, body: &str| {
            let mut scores: Vec<Scored> = Kind::ALL.iter().map(|_| Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false }).collect();
            scores[Kind::Outage.index()].score = 5.0;
            add_staff_signals(&ticket_with(role, body), &mut scores, &mut Vec::new());
            (scores[Kind::Outage.index()].score, scores[Kind::Bug.index()].score)
        };
        assert_eq!(outage_after("agent", "Status green, no other reports. Their store only."), (0.0, 2.0));
        assert_eq!(outage_after("agent", "Reproduced: only this ref fails to load. Other refs fine. Status page green."), (0.0, 2.0));
        assert_eq!(staff_scores("agent", "Posted on the status page, linked INC-7."), (WEIGHT, 0.0));
        assert_eq!(staff_scores("agent", "Statuspage shows degraded EU sync."), (WEIGHT, 0.0));
        assert_eq!(outage_after("end_user", "No other reports? Their store only?"), (5.0, 0.0));
        assert_eq!(outage_after("agent", "No incident open. Audit log: their key was revoked by a teammate."), (0.0, 2.0));
        assert_eq!(outage_after("agent", "Kein offener Vorfall, nur dieser Kunde."), (0.0, 2.0));
        assert_eq!(outage_after("agent", "Site responds 200 here. Nothing wrong on the platform; the domain expired."), (0.0, 2.0));
        // a note that rules a compromise out cancels the security cues, unless staff also
        // handed the ticket to security
        let security_after = |body: &str| {
            let mut scores: Vec<Scored> = Kind::ALL.iter().map(|_| Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false }).collect();
            scores[Kind::Security.index()].score = 3.0;
            add_staff_signals(&ticket_with("agent", body), &mut scores, &mut Vec::new());
            scores[Kind::Security.index()].score
        };
        assert_eq!(security_after("Malware scan clean. No new admin users, no suspicious logins. Not a compromise."), 0.0);
        assert_eq!(security_after("Escaneo limpio, no hay intrusión."), 0.0);
        assert_eq!(security_after("No suspicious logins from our side, but escalating to the security team to be sure."), 3.0 + WEIGHT);
        // both kinds of note in one comment count once each
        assert_eq!(staff_scores("agent", "Linked to incident INC-9 and escalating to the security team."), (WEIGHT, WEIGHT));
    }
}
