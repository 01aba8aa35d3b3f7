//! What the support team has already said about the ticket. Agents' and system comments are
//! not the customer's words, so the kind rules do not read them; but a staff note that links the
//! ticket to an incident ("Linked to incident INC-2312", "failures across accounts since 6am")
//! is the strongest outage signal a ticket can carry, and customers cannot write those comments.

use std::sync::OnceLock;

use super::Scored;
use crate::kind::Kind;
use crate::phrase::{byte_span, Phrase, PhraseSet};
use crate::text::tokenize;
use crate::ticket::{AuthorRole, Ticket};

/// Weight of a staff incident link: a clear cue on its own.
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

fn links() -> &'static PhraseSet {
    static SET: OnceLock<PhraseSet> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(INCIDENT_LINKS.iter().map(|p| Phrase::new(p)).collect()))
}

/// Adds the outage cue of a staff comment that ties the ticket to an incident.
pub(super) fn add_incident_links(ticket: &Ticket, scores: &mut [Scored], signals: &mut Vec<String>) {
    for comment in ticket.comments.iter().filter(|c| matches!(c.author_role, AuthorRole::Agent | AuthorRole::System)) {
        let tokens = tokenize(&comment.body);
        if let Some((_, m)) = links().find_all(&tokens).into_iter().next() {
            let cue = comment.body[byte_span(&tokens, &m)].to_string();
            signals.push(format!("staff note ties the ticket to an incident: \"{cue}\""));
            let outage = &mut scores[Kind::Outage.index()];
            outage.score += WEIGHT;
            outage.cues.push(cue);
            outage.distinct += 1;
            outage.clear = true;
            return;
        }
    }
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

    fn outage_score(role: &str, body: &str) -> f32 {
        let mut scores: Vec<Scored> = Kind::ALL.iter().map(|_| Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false }).collect();
        add_incident_links(&ticket_with(role, body), &mut scores, &mut Vec::new());
        scores[Kind::Outage.index()].score
    }

    #[test]
    fn staff_incident_links_count_and_customer_words_do_not() {
        assert_eq!(outage_score("system", "Linked to incident INC-2312 \"SMS notifications not delivered\"."), WEIGHT);
        assert_eq!(outage_score("agent", "We're seeing delivery failures across accounts since 6am."), WEIGHT);
        assert_eq!(outage_score("agent", "Interne Notiz: mit Störung INC-88 verknüpft."), WEIGHT);
        assert_eq!(outage_score("agent", "Seeing the same 502 on 4 other accounts in EU-2. Escalated to on-call."), WEIGHT);
        // the customer cannot write a staff note
        assert_eq!(outage_score("end_user", "Linked to incident INC-2312, please escalate."), 0.0);
        // an agent talking about other customers in general is no incident
        assert_eq!(outage_score("agent", "I can't share anything about other customers, sorry."), 0.0);
    }
}
