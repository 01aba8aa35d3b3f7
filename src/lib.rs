//! safedraft's core: every decision that makes an LLM-drafted support reply safe to approve.
//!
//! Pure Rust with no I/O, no clock and no randomness of its own, so that the same code runs in
//! the native `safedraft` command line and, compiled to WebAssembly, in the helpdesk sidebar.
//!
//! - [`triage`] decides what a ticket is about, how risky it is, what language the customer
//!   wrote in and whether it carries a prompt injection; [`policy`] holds the admin's rules.
//! - [`redact`] replaces PII and secrets with placeholders before any text reaches the model.
//! - [`check`] decides whether a model's draft may be saved: template, claims and citations,
//!   promises, claimed actions, leaks, language.
//! - [`audit`] hash-chains the events of a run so that tampering is detected.
//! - [`drafter`] is the offline drafter, the embedded default model.
//! - [`session`] is the drafting run as a sans-IO state machine the host drives.
//! - [`eval`] scores the core against a labelled corpus.
//! - `wasm` (wasm32 only) is the thin WebAssembly boundary.

pub mod audit;
pub mod check;
pub mod drafter;
pub mod error;
pub mod eval;
pub mod injection;
pub mod kind;
pub mod language;
pub mod metrics;
pub mod offsets;
pub mod phrase;
pub mod policy;
pub mod redact;
pub mod session;
pub mod sort;
pub mod text;
pub mod ticket;
pub mod triage;
pub mod value_de;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::InputError;
pub use kind::Kind;
pub use language::Language;
pub use policy::Policy;
pub use ticket::Ticket;
pub use triage::{triage, Triage};
