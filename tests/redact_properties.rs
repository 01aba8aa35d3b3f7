//! Property tests for redaction: planted secrets never survive, offsets slice the input on
//! character boundaries and rebuild the output, and one value always gets one placeholder.

use proptest::prelude::*;
use safedraft::redact::{redact, Redactor};

/// Filler that holds no PII of its own: words in several scripts, numbers that are look-alikes.
fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "hello", "Grüße", "café", "中文", "😀", "order", "#48213", "v2.8.0", "2026-03-14", "€ 420,00", "ok.", "\n", "—",
            "reset your password", "INV-2026-0117", "atenção", "ticket", "4242", "(320)",
        ]),
        0..12,
    )
    .prop_map(|words| words.join(" "))
}

fn luhn_complete(prefix: &str) -> String {
    let digits: Vec<u32> = prefix.chars().map(|c| c.to_digit(10).unwrap()).collect();
    let sum: u32 = digits.iter().rev().enumerate().map(|(i, &d)| if i % 2 == 0 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d }).sum();
    format!("{prefix}{}", (10 - sum % 10) % 10)
}

fn iban(country: &str, bban: &str) -> String {
    let rearranged: String = format!("{bban}{country}00").chars().map(|c| if c.is_ascii_digit() { c.to_string() } else { (c as u32 - 'A' as u32 + 10).to_string() }).collect();
    let remainder = rearranged.bytes().fold(0u32, |acc, d| (acc * 10 + u32::from(d - b'0')) % 97);
    format!("{country}{:02}{bban}", 98 - remainder)
}

/// A secret value and the text that carries it (a label where the kind needs one).
fn planted() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        ("[a-z]{1,8}", "[a-z]{2,8}", prop::sample::select(vec!["com", "de", "io", "com.br"])).prop_map(|(u, d, t)| {
            let v = format!("{u}.x@{d}.{t}");
            (v.clone(), v)
        }),
        "[0-9]{14}".prop_map(|d| {
            let v = luhn_complete(&format!("4{d}"));
            (v.clone(), v)
        }),
        "[0-9]{18}".prop_map(|d| {
            let v = iban("DE", &d);
            (v.clone(), v)
        }),
        "[A-Z0-9]{16}".prop_map(|s| {
            let v = format!("AKIA{s}");
            (v.clone(), v)
        }),
        "[A-Za-z0-9]{36}".prop_map(|s| {
            let v = format!("ghp_{s}");
            (v.clone(), v)
        }),
        "[A-Za-z0-9]{24}".prop_map(|s| {
            let v = format!("sk_live_{s}");
            (v.clone(), v)
        }),
        ("[A-Z][a-z]{4,8}", "[0-9]{2,4}", prop::sample::select(vec!["!", "#", "@", "_"]), prop::sample::select(vec!["password:", "Passwort:", "contraseña:", "senha:", "wachtwoord:", "mot de passe :"]))
            .prop_map(|(w, n, s, label)| {
                let v = format!("{w}{s}{n}");
                (v.clone(), format!("{label} {v}"))
            }),
        (1u8..=223, 0u8..=255, 0u8..=255, 1u8..=254).prop_map(|(a, b, c, d)| {
            let v = format!("{a}.{b}.{c}.{d}");
            (v.clone(), v)
        }),
        "[A-Za-z0-9]{32}".prop_map(|s| {
            let v = format!("{s}9aZ");
            (v.clone(), format!("client_secret={v}"))
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn planted_values_never_survive(before in filler(), (value, carrier) in planted(), after in filler()) {
        let text = format!("{before} {carrier} {after}");
        let out = redact(&text, &[]);
        prop_assert!(!out.text.contains(&value), "{value:?} survived in {:?}", out.text);
    }

    #[test]
    fn offsets_rebuild_the_output(before in filler(), (_, a) in planted(), middle in filler(), (_, b) in planted()) {
        let text = format!("{before} {a}\n{middle} {b}");
        let out = redact(&text, &[]);
        let mut rebuilt = String::new();
        let mut copied = 0;
        for f in &out.findings {
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end) && copied <= f.start && f.start < f.end);
            rebuilt.push_str(&text[copied..f.start]);
            rebuilt.push_str(&f.placeholder);
            copied = f.end;
        }
        rebuilt.push_str(&text[copied..]);
        prop_assert_eq!(rebuilt, out.text);
    }

    #[test]
    fn one_value_one_placeholder(before in filler(), (value, carrier) in planted(), after in filler()) {
        let mut redactor = Redactor::new(Vec::new());
        let first = redactor.redact(&format!("{before} {carrier}"));
        let second = redactor.redact(&format!("{carrier} {after}"));
        let placeholder_of = |out: &safedraft::redact::Redaction, text: &str| {
            out.findings.iter().find(|f| text[f.start..f.end] == value).map(|f| f.placeholder.clone())
        };
        let a = placeholder_of(&first, &format!("{before} {carrier}"));
        let b = placeholder_of(&second, &format!("{carrier} {after}"));
        prop_assert!(a.is_some());
        prop_assert_eq!(a, b);
    }
}
