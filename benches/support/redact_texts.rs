//! The texts the redaction benchmark and profiling harness run on (all values fake).

/// Every line carries PII or a secret (all fake).
pub const DENSE: &str = "Customer anna.keller@example-shop.de called from +49 30 901820 about order ORD-7781-22.\n\
Card 4111 1111 1111 1111 exp 09/29, IBAN DE89 3704 0044 0532 0130 00, SSN 412-67-3390.\n\
Login from 198.51.100.23 and 2001:db8:4f2a::17, password: Sommer!Regen77 — please reset.\n\
AWS_ACCESS_KEY_ID=AKIAZBMEXX5ZO2UQM83G token ghp_8TrH7xq33Q671YvDhppgtken2grQuhUqT4q8 ok\n\
Authorization: Bearer AgcxhVPzkfR9EH9dYw-O5nA9YONjizrgaPwsFtypCtro6TMU and redis://u:p4ss-2026@cache.example.io\n";

/// Ordinary support prose with look-alikes (versions, dates, prices, references) and no PII.
pub const CLEAN: &str = "Hi team, since the update to version 4.12.1 the export of invoices from March stops at 80%.\n\
We tried twice on 2026-03-14 and again today; the job id is 4d8e54ef-9f20-4b90-9c21-bbdaf5f994d9.\n\
Our plan is Business and the invoice INV-2026-00417 for $1,299.00 looks right, but the CSV has 4,300 rows.\n\
Could you check whether the scheduler runs in our region? Build 10.0.19045.3803 on Windows, Chrome 131.\n\
Thanks a lot for the help, the reports are important for our quarterly review next week.\n";

pub fn text_of(size: usize, unit: &str) -> String {
    let mut text = String::with_capacity(size + unit.len());
    while text.len() < size {
        text.push_str(unit);
    }
    text
}
