//! Per-kind positives and look-alike negatives. Every secret here is a format-valid fake.

use super::RedactionKind::*;
use super::*;

fn found(text: &str) -> Vec<(RedactionKind, &str)> {
    detect(text, &[]).into_iter().map(|s| (s.kind, &text[s.start..s.end])).collect()
}

fn assert_finds(text: &str, kind: RedactionKind, value: &str) {
    let all = found(text);
    assert!(all.contains(&(kind, value)), "expected {kind:?} {value:?} in {text:?}, found {all:?}");
}

fn assert_keeps(text: &str, keep: &str) {
    let out = redact(text, &[]);
    assert!(out.text.contains(keep), "{keep:?} should survive in {text:?}, got {:?}", out.text);
}

#[test]
fn emails() {
    assert_finds("write to anna.maria+billing@exemplo.com.br, thanks", Email, "anna.maria+billing@exemplo.com.br");
    assert_finds("E-Mail: jörg.müller@beispiel.de.", Email, "jörg.müller@beispiel.de");
    assert_keeps("follow @support_team on social", "@support_team");
    assert_keeps("the decorator @Override and user@localhost", "user@localhost");
}

#[test]
fn phones_in_many_formats() {
    for (text, value) in [
        ("call +44 20 7946 0958 today", "+44 20 7946 0958"),
        ("Tel.: +49 (0)30 1234567", "+49 (0)30 1234567"),
        ("mobile (415) 555-0132", "(415) 555-0132"),
        ("ring 415.555.0132 please", "415.555.0132"),
        ("Mon portable : 06 12 34 56 78", "06 12 34 56 78"),
        ("Teléfono 91 123 45 67", "91 123 45 67"),
        ("bel me op 06-12345678", "06-12345678"),
        ("telefone +351 912 345 678", "+351 912 345 678"),
        ("Chiamatemi al 347 123 4567", "347 123 4567"),
        ("phone: 4155550132", "4155550132"),
        ("Tel. 030/1234567", "030/1234567"),
        ("Telefon: 0151 / 234 567 89", "0151 / 234 567 89"),
        ("portable 06.12.34.56.78", "06.12.34.56.78"),
        ("+1-415-555-0132 (cell)", "+1-415-555-0132"),
        ("+44 (0) 20 7946 0958", "+44 (0) 20 7946 0958"),
        ("(11) 98765-4321 whatsapp", "(11) 98765-4321"),
    ] {
        assert_finds(text, Phone, value);
    }
}

#[test]
fn numbers_that_are_not_phones() {
    for keep in [
        "112-4839201-7736512",
        "2026-03-14",
        "14.05.2026",
        "03/01/2026",
        "10.0.19045.3803",
        "INV-2026-00417",
        "1.249,00",
        "12-34-56",
        "2026-04-10T08:14:02Z",
        "SN-4471-0092-11",
        "4,300",
        "#100234",
        "1Z999AA10123456784",
    ] {
        assert_keeps(&format!("ref {keep} noted"), keep);
    }
    assert!(found("order 4839201 shipped, 2 items, 14:03:11").is_empty());
}

#[test]
fn cards_need_luhn_and_an_issuer() {
    assert_finds("card 4111 1111 1111 1111 exp 09/29", CreditCard, "4111 1111 1111 1111");
    assert_finds("amex 3782 822463 10005.", CreditCard, "3782 822463 10005");
    assert_finds("num 5555-5555-5555-4444 cvc 123", CreditCard, "5555-5555-5555-4444");
    assert_finds("4242424242424242", CreditCard, "4242424242424242");
    assert_keeps("booking reference 4929 1234 5678 9010", "4929 1234 5678 9010");
    assert_keeps("card ending in 4242, **** **** **** 4242", "ending in 4242");
    assert_keeps("tracking 1234567890123456", "1234567890123456");
}

#[test]
fn ibans_need_mod_97() {
    assert_finds("IBAN: DE89 3704 0044 0532 0130 00\nBIC", Iban, "DE89 3704 0044 0532 0130 00");
    assert_finds("GB82 WEST 1234 5698 7654 32 (sort code)", Iban, "GB82 WEST 1234 5698 7654 32");
    assert_finds("conta PT50000201231234567890154.", Iban, "PT50000201231234567890154");
    assert_keeps("IBAN DE89 3704 0044 0532 0130 01 is wrong", "DE89 3704 0044 0532 0130 01");
}

#[test]
fn ssns_follow_the_area_rules() {
    assert_finds("SSN 412-67-3390 for the W-9", Ssn, "412-67-3390");
    assert_finds("social security number: 521 44 8812", Ssn, "521 44 8812");
    for invalid in ["000-12-3456", "666-12-3456", "912-12-3456", "412-00-3456", "412-67-0000"] {
        assert!(!found(invalid).iter().any(|(k, _)| *k == Ssn), "{invalid}");
    }
}

#[test]
fn ip_addresses_but_not_ranges_or_versions() {
    assert_finds("from 198.51.100.23, ok", IpAddress, "198.51.100.23");
    assert_finds("host 10.0.3.25:8080", IpAddress, "10.0.3.25");
    assert_finds("v6 2001:db8:85a3::8a2e:370:7334 -", IpAddress, "2001:db8:85a3::8a2e:370:7334");
    assert_finds("[fe80::1ff:fe23:4567:890a]:443", IpAddress, "fe80::1ff:fe23:4567:890a");
    assert_keeps("allow 192.168.0.0/16 please", "192.168.0.0/16");
    assert_keeps("agent version 1.2.3.4 and build 10.0.19045.3803", "1.2.3.4");
    assert_keeps("at 14:03:11 and MAC 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E");
}

#[test]
fn vendor_tokens() {
    assert_finds("key AKIAZBMEXX5ZO2UQM83G.", AwsAccessKey, "AKIAZBMEXX5ZO2UQM83G");
    assert_finds("token ghp_8TrH7xq33Q671YvDhppgtken2grQuhUqT4q8 ", GithubToken, "ghp_8TrH7xq33Q671YvDhppgtken2grQuhUqT4q8");
    assert_finds("ghs_16C7e42F292c6912E7710c838347Ae178B4a here", GithubToken, "ghs_16C7e42F292c6912E7710c838347Ae178B4a");
    assert_finds("SLACK=xoxb-767045382667-7002586935924-F5sbf4ABrVdNMWUiFROHvJq6", SlackToken, "xoxb-767045382667-7002586935924-F5sbf4ABrVdNMWUiFROHvJq6");
    assert_finds("sk_test_4eC39HqLyjWDarjtT1zdp7dc", StripeKey, "sk_test_4eC39HqLyjWDarjtT1zdp7dc");
    assert_finds("key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&x", GoogleApiKey, "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI");
    assert_finds("post to https://hooks.slack.com/services/T0000FAKE/B0000FAKE/XXXXfakefakefakeXXXXXXXX now", SlackToken, "hooks.slack.com/services/T0000FAKE/B0000FAKE/XXXXfakefakefakeXXXXXXXX");
    assert_keeps("publishable pk_live_51HqLyjWDarjtT1zdp7dc is public", "pk_live_51HqLyjWDarjtT1zdp7dc");
    assert_keeps("commit 9f2c4e1b7a03d5f68c2e9a41b0d7e3c5f1a28b64", "9f2c4e1b7a03d5f68c2e9a41b0d7e3c5f1a28b64");
}

#[test]
fn jwts_need_a_json_header() {
    // {"alg":"HS256","typ":"JWT"} . {"sub":"1"} . signature
    let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLWZha2UtZm9yLXRlc3Rz";
    assert_finds(&format!("Authorization: Bearer {jwt}\n"), Jwt, jwt);
    assert_keeps("eyJnot.really.a.jwt and eyJhbGciOi", "eyJnot.really.a.jwt");
}

#[test]
fn private_key_blocks_whole() {
    let block = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oK4Ac8Tw5B1ooAoGCCqGSM49\nAwEHoUQDQgAEfake0fake0fake0fake\n-----END EC PRIVATE KEY-----";
    assert_finds(&format!("key:\n{block}\nthanks"), PrivateKey, block);
    let truncated = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAfake+fake/fake\nAAAAfakefake==";
    assert_finds(&format!("{truncated}\n\nwhy?"), PrivateKey, truncated);
    assert_keeps("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYI\n-----END PUBLIC KEY-----", "BEGIN PUBLIC KEY");
}

#[test]
fn bearer_and_url_credentials() {
    assert_finds("Authorization: Bearer AgcxhVPzkfR9EH9dYw-O5nA9YONjizrgaPwsFtypCtro6TMU", BearerToken, "AgcxhVPzkfR9EH9dYw-O5nA9YONjizrgaPwsFtypCtro6TMU");
    assert_keeps("The docs say use a Bearer token from Settings", "Bearer token");
    assert_finds("Authorization: Basic dXNlcjpQYXNzdzByZCE=", BearerToken, "dXNlcjpQYXNzdzByZCE=");
    assert_keeps("We are on the Basic plan since 2024", "Basic plan");
    assert_finds("redis://default:r3d1sP4ss-2026@cache.example.io:6379", UrlCredentials, "default:r3d1sP4ss-2026");
    assert_finds("https://ci-bot:Gh7!kq29Lp@reports.example.io/upload", UrlCredentials, "ci-bot:Gh7!kq29Lp");
    assert_keeps("see https://docs.example.com/a@b for details", "https://docs.example.com/a@b");
}

#[test]
fn passwords_in_seven_languages() {
    for (text, value) in [
        ("password: Brightlane#2026 plus", "Brightlane#2026"),
        ("my password is Hunter2Hunter2 ok", "Hunter2Hunter2"),
        ("la contraseña: Luna_Madrid24 — urgente", "Luna_Madrid24"),
        ("mi clave: Sol2026x", "Sol2026x"),
        ("mot de passe : Brume&Fils1987 mais", "Brume&Fils1987"),
        ("mdp=Chat!Noir9", "Chat!Noir9"),
        ("das neue Passwort: Sommer!Regen77", "Sommer!Regen77"),
        ("Kennwort ist Winter2026!", "Winter2026!"),
        ("senha: Joao2026!curitiba", "Joao2026!curitiba"),
        ("la password è Gallo2026!studio, l'utente", "Gallo2026!studio"),
        ("wachtwoord: Welkom#Pieter01", "Welkom#Pieter01"),
        ("ww: Kaas2026x", "Kaas2026x"),
        ("{\"passwd\": \"s3cr3t-pass\"}", "s3cr3t-pass"),
        ("DB_PASSWORD=Xy7!pq99", "Xy7!pq99"),
        ("mysql -h db -u reporting -pRep0rt!ng_RO crm", "Rep0rt!ng_RO"),
        ("pwd: Tallow!Payroll2026.", "Tallow!Payroll2026"),
        ("my pw is Blue!Sky2026 if you need it", "Blue!Sky2026"),
    ] {
        assert_finds(text, Password, value);
    }
}

#[test]
fn password_words_without_a_value() {
    for text in [
        "I followed the steps to reset your password but the mail never came",
        "Forgot password? link only works for me",
        "the password is incorrect according to the app",
        "Password: changed yesterday",
        "password: ******** (hidden)",
        "set password=${DB_PASSWORD} in the env",
        "Passwort vergessen, bitte helfen",
        "my pw is expired since Monday",
    ] {
        assert!(!found(text).iter().any(|(k, _)| *k == Password), "{text}: {:?}", found(text));
    }
}

#[test]
fn generic_secrets_need_a_name_and_entropy() {
    assert_finds("PARCELLY_WEBHOOK_SECRET=whsec_NMb0OUZrWXiPuhfAZ0lbrZHAvmI5SUu8", GenericSecret, "whsec_NMb0OUZrWXiPuhfAZ0lbrZHAvmI5SUu8");
    assert_finds("  api_key: pk_prod_p3jhcl8qzcxsrxo3vg3itacb3i2jkffq\n", GenericSecret, "pk_prod_p3jhcl8qzcxsrxo3vg3itacb3i2jkffq");
    assert_finds("\"client_secret\": \"RZfZNzEmjbSFfvelDUHbBhAYywbhyYAheYl2m4Ug\",", GenericSecret, "RZfZNzEmjbSFfvelDUHbBhAYywbhyYAheYl2m4Ug");
    assert_finds("{\"name\": \"x-api-key\", \"value\": \"emy998wy93zza5l4w89lkl9peon7psa9\"}", GenericSecret, "emy998wy93zza5l4w89lkl9peon7psa9");
    assert_finds("cookie: session=7D-b_q-VDtMYqU0bDVGkMoMAtZK4gM3m3Z3AM_gCKFyD; theme=dark", GenericSecret, "7D-b_q-VDtMYqU0bDVGkMoMAtZK4gM3m3Z3AM_gCKFyD");
    assert_finds("https://hooks.example.com/in?token=1dzhh2tas6128jepuyj6b37fz1ukwdj6ajsvn549&x=1", GenericSecret, "1dzhh2tas6128jepuyj6b37fz1ukwdj6ajsvn549");
    assert_finds("Authorization: Token 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc", GenericSecret, "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc");
    assert_finds("OPENAI_API_KEY is sk-proj-Abc123def456GHI789jkl012MNO345pqr678", GenericSecret, "sk-proj-Abc123def456GHI789jkl012MNO345pqr678");
    assert_finds("PHPSESSID=q2r8vnd3k1h7m9s0p4t6w5x8y2; path=/", GenericSecret, "q2r8vnd3k1h7m9s0p4t6w5x8y2");
    assert_keeps("the token expired yesterday at 10:00", "token expired yesterday");
    assert_keeps("\"client_id\": \"cli_0042_brightlane\"", "cli_0042_brightlane");
    assert_keeps("x-request-id: f546d6b6-4202-4458-b59f-1574d594cbe1", "f546d6b6-4202-4458-b59f-1574d594cbe1");
    assert_keeps("token_type: bearer_access_2026", "bearer_access_2026");
    assert_keeps("secret: aaaaaaaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaaaaaaa1");
}

#[test]
fn aws_secret_keys_by_context() {
    assert_finds("AWS_SECRET_ACCESS_KEY=4UhjepeqDJstoCD1n4X4zTP5sVCB+2Ci8xvQJyd7", AwsSecretKey, "4UhjepeqDJstoCD1n4X4zTP5sVCB+2Ci8xvQJyd7");
    assert_finds("Old key: AKIAZBMEXX5ZO2UQM83G secret I53hYCZgOlU4tiMpIq2R9NoXG/VykSga305ZBVrA.", AwsSecretKey, "I53hYCZgOlU4tiMpIq2R9NoXG/VykSga305ZBVrA");
    assert_keeps("build I53hYCZgOlU4tiMpIq2R9NoXG/VykSga305ZBVrA done", "I53hYCZgOlU4tiMpIq2R9NoXG/VykSga305ZBVrA");
}

#[test]
fn internal_urls_by_host_and_subdomain() {
    let domains = vec!["corp.example.net".to_string()];
    let text = "see https://wiki.corp.example.net/x?y=1#z, and corp.example.net/admin. Public: https://corp.example.net.evil.com/ and https://example.net";
    let out = redact(text, &domains);
    assert_eq!(out.text, "see [INTERNAL_URL_1], and [INTERNAL_URL_2]. Public: https://corp.example.net.evil.com/ and https://example.net");
    let creds = redact("https://bot:pa55word@jira.corp.example.net/browse/X-1", &domains);
    assert_eq!(creds.text, "[INTERNAL_URL_1]");
}

#[test]
fn same_value_same_placeholder_across_fields() {
    let mut redactor = Redactor::new(Vec::new());
    let first = redactor.redact("mail ann@example.com or bob@example.com");
    let second = redactor.redact("again: Ann@Example.com, phone +1 617-555-0164 / +16175550164");
    assert_eq!(first.text, "mail [EMAIL_1] or [EMAIL_2]");
    assert_eq!(second.text, "again: [EMAIL_1], phone [PHONE_1] / [PHONE_1]");
}

#[test]
fn offsets_are_byte_offsets_on_character_boundaries() {
    let text = "Grüße 😀 中文 ann@example.com — Tél : +33 1 42 68 53 00 é";
    let out = redact(text, &[]);
    for f in &out.findings {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let values: Vec<&str> = out.findings.iter().map(|f| &text[f.start..f.end]).collect();
    assert_eq!(values, ["ann@example.com", "+33 1 42 68 53 00"]);
    assert_eq!(out.text, "Grüße 😀 中文 [EMAIL_1] — Tél : [PHONE_1] é");
}

#[test]
fn overlaps_keep_the_most_specific_kind() {
    assert_finds("STRIPE_SECRET_KEY=sk_live_ELtErixwth5hBhR4BfwuZlfa", StripeKey, "sk_live_ELtErixwth5hBhR4BfwuZlfa");
    let out = redact("refresh_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", &[]);
    assert_eq!(out.findings.len(), 1);
    assert_eq!(out.findings[0].kind, Jwt);
}
