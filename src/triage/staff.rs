//! What the support team has already said about the ticket. Agents' and system comments are
//! not the customer's words, so the kind rules do not read them; but two kinds of staff note
//! are the strongest signals a ticket can carry, and customers cannot write those comments:
//! a link to an incident ("Linked to incident INC-2312", "failures across accounts since 6am")
//! and a hand-over to the security team ("Escalating to Trust & Safety"). A note that rules an
//! incident out ("Status green, no other reports. Their store only.") counts too: it cancels
//! the outage cues, however loudly the customer asked "IS IT DOWN???".

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
    "on ~2 other ~1 accounts|customers|clients|tenants|workspaces",
    "escalated|paged|escalating ~3 on ~1 call, escalated|paged|escalating ~3 oncall|sre",
    "status page, statuspage, known outage, ongoing incident, active incident, major incident, widespread",
    "vinculad*|enlazad*|relacionad*|lie|liee|rattache*|verknupft|verlinkt|associad*|collegat*|gekoppeld ~3 incident*|incidencia|incidente|storung|panne|inc",
    "incident*|incidencia|incidente|storung|panne|inc ~3 vinculad*|enlazad*|relacionad*|lie|liee|rattache*|verknupft|verlinkt|associad*|collegat*|gekoppeld",
    "varias|plusieurs|mehrere|vari|meerdere|muitas|muchas ~1 cuentas|comptes|konten|contas|account|clientes|clients|kunden|klanten|clienti",
];

/// "Escalating to Trust & Safety", "handed to the security team", "looks like an ATO".
const SECURITY_HANDOVERS: &[&str] = &[
    "escalat*|forward*|rout*|handed|handing|passed|passing|loop*|flag*|assign* ~4 trust ~2 safety|secops|soc, escalat*|forward*|rout*|handed|handing|passed|passing|loop*|flag*|assign* ~4 security|fraud|abuse ~1 team|queue|desk",
    "eskalier*|weitergeleitet|escalad*|encaminhad*|inoltrat*|geescaleerd|transmis ~4 sicherheit*|seguridad|seguranca|sicurezza|securite|beveiliging*|fraude|betrug*",
    "sicherheit*|beveiliging*|betrug* ~3 eskaliert|weitergeleitet|geescaleerd|doorgezet",
    "suspected|likely|possible|probable|looks ~1 like ~2 account ~1 takeover|compromise, suspected|likely|possible|probable ~1 ato|compromise|compromised",
];

/// "No other reports", "their store only", "not seeing any wider problem".
const NOT_AN_INCIDENT: &[&str] = &[
    "no ~1 other ~1 reports|tickets|customers|accounts|complaints",
    "no ~1 open|active|ongoing|current ~1 incident|incidents|outage, no ~1 incident ~1 open|ongoing|declared, kein ~1 offener|aktiver ~1 incident|vorfall|ausfall, geen ~1 open|actief ~1 incident|storing, ningun|ninguna ~1 incidente|incidencia ~1 abierto|abierta|activo|activa, aucun ~1 incident ~1 ouvert|en ~1 cours, nenhum ~1 incidente ~1 aberto|ativo, nessun ~1 incidente ~1 aperto|attivo",
    "their|this|his|her ~1 store|shop|account|site|office|setup|device|network ~1 only, only ~1 their|this ~1 store|shop|account|site|office|customer",
    "not ~2 seeing ~2 any ~1 wider|other|general|platform ~1 problem|issue|incident|outage",
    "keine ~1 anderen ~1 meldungen|tickets|kunden, nur ~1 bei ~1 diesem|dieser ~1 kunden|kundin|filiale, geen ~1 andere ~1 meldingen, ningun|ningum ~1 otro|outro ~1 cliente|reporte|relato, aucun ~1 autre ~1 signalement|client, nessun ~1 altro ~1 cliente|segnalazione",
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

/// Adds the cue of each kind of staff note the ticket carries (once per kind).
pub(super) fn add_staff_signals(ticket: &Ticket, scores: &mut [Scored], signals: &mut Vec<String>) {
    let mut found = [false; SIGNALS.len()];
    let mut ruled_out = None;
    for comment in ticket.comments.iter().filter(|c| matches!(c.author_role, AuthorRole::Agent | AuthorRole::System)) {
        let tokens = tokenize(&comment.body);
        if ruled_out.is_none() {
            ruled_out = not_an_incident().first(&tokens).map(|m| comment.body[byte_span(&tokens, &m)].to_string());
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
    // A staff note that rules an incident out outweighs the customer's alarm (and a link to
    // one: staff who wrote both know which came last, this reads them in no order).
    let linked = SIGNALS.iter().zip(found).any(|(signal, found)| found && signal.kind == Kind::Outage);
    if let Some(cue) = ruled_out.filter(|_| !linked) {
        signals.push(format!("staff note rules out an incident: \"{cue}\""));
        let outage = &mut scores[Kind::Outage.index()];
        *outage = Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false };
        scores[Kind::Bug.index()].score += 2.0;
    }
}

fn not_an_incident() -> &'static Phrase {
    static PHRASE: OnceLock<Phrase> = OnceLock::new();
    PHRASE.get_or_init(|| Phrase::new(&NOT_AN_INCIDENT.join(", ")))
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
        assert_eq!(outage_after("end_user", "No other reports? Their store only?"), (5.0, 0.0));
        assert_eq!(outage_after("agent", "No incident open. Audit log: their key was revoked by a teammate."), (0.0, 2.0));
        assert_eq!(outage_after("agent", "Kein offener Vorfall, nur dieser Kunde."), (0.0, 2.0));
        // both kinds of note in one comment count once each
        assert_eq!(staff_scores("agent", "Linked to incident INC-9 and escalating to the security team."), (WEIGHT, WEIGHT));
    }
}
