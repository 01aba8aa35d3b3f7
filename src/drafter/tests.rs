//! The offline drafter's drafts must pass the checker, in every language.

use super::*;
use crate::eval::TriageCase;
use crate::redact::model_view;
use crate::triage;

fn corpus_snippets() -> Vec<Snippet> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/snippets.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("corpus snippets")).expect("snippets JSON")
}

fn verdict_of(answer: &ModelAnswer, language: Language, snippets: &[Snippet], ticket: &crate::Ticket) -> (Verdict, Vec<&'static str>) {
    let context = CheckContext { snippets: snippets.to_vec(), language: Some(language), ticket: Some(ticket.clone()), ..CheckContext::default() };
    let result = check(&answer.reply, &context, &Policy::default());
    (result.verdict, result.findings.iter().map(|f| f.rule).collect())
}

#[test]
fn drafts_for_the_draftable_corpus_tickets_are_never_blocked() {
    let policy = Policy::default();
    let snippets = corpus_snippets();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/triage.jsonl")).unwrap();
    let mut drafted = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case = TriageCase::parse(line).unwrap();
        let decision = triage(&policy, &case.ticket);
        if !decision.should_draft {
            continue;
        }
        let (view, _) = model_view(&case.ticket, &policy);
        let answer = draft(&view, decision.kind, decision.language, &snippets, &policy);
        let (verdict, rules) = verdict_of(&answer, decision.language, &snippets, &case.ticket);
        assert_ne!(verdict, Verdict::Block, "{}: {rules:?}\n{}", case.ticket.id, answer.reply);
        drafted += 1;
    }
    assert!(drafted >= 30, "only {drafted} draftable tickets");
}

#[test]
fn every_language_gets_a_template_reply_in_that_language() {
    let policy = Policy::default();
    let snippets = corpus_snippets();
    for language in Language::ALL {
        let view = ModelView {
            subject: "Password reset email".into(),
            description: "The password reset email never arrives.".into(),
            comments: Vec::new(),
            requester: vec![("name".into(), "Ana Lima".into())],
        };
        let answer = draft(&view, Kind::Account, language, &snippets, &policy);
        let ticket = crate::Ticket { id: "t".into(), ..Default::default() };
        let (verdict, rules) = verdict_of(&answer, language, &snippets, &ticket);
        assert_eq!(verdict, Verdict::Pass, "{language:?}: {rules:?}\n{}", answer.reply);
        assert!(answer.reply.contains("Ana"), "{}", answer.reply);
        assert!(answer.reply.contains("[kb:password-reset]"), "{}", answer.reply);
        assert_eq!(answer.questions.len(), 1);
    }
}

#[test]
fn search_prefers_the_snippet_about_the_ticket() {
    let snippets = corpus_snippets();
    let view = ModelView { subject: "Import CSV contacts".into(), description: "Columns land in the wrong fields when I import my CSV.".into(), comments: Vec::new(), requester: Vec::new() };
    assert_eq!(search(&view, &snippets, 1)[0].id, "kb:csv-import");
}
