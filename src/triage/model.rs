//! The learned kind scorer: multinomial logistic regression over the customer's own words and
//! the cue scores of [`super::lexicon`]. Cue lists catch what they name; on tickets written in
//! words nobody listed, the words' learned weights carry the decision.
//!
//! Words are folded and cut to their first [`STEM_CHARS`] characters, so inflections and
//! near-cognates share a weight ("refund", "refunded"; "reembolso", "reembolsar").
//! The weights are data (`kind_model.txt`), written by `scripts/train_kind_model.py` from the
//! labelled sets; retrain after changing the cue lists, since their scores are features too.

use std::sync::OnceLock;

use crate::kind::Kind;

/// Characters of a folded word that form its feature.
pub const STEM_CHARS: usize = 4;
/// Cue scores are capped and scaled before they are weighed.
const CUE_CAP: f32 = 6.0;
const CUE_SCALE: f32 = 3.0;
/// When the high-risk kinds together reach this probability, the likeliest of them wins: a
/// missed high-risk ticket costs more than an everyday one sent to a human. Leave-one-set-out
/// over 36 exam sets (`train_kind_model.py --cv` prints the sweep): at 15% 802/805 high-risk
/// tickets held and 96.2% of everyday ones kept; at 20%, 798/805 and 97.6%; at 10%, 804/805
/// and 94.4%.
const HIGH_RISK_SHARE: f32 = 0.15;

const WEIGHTS: &str = include_str!("kind_model.txt");
/// Where the ten weight lines start: the file's last ten lines.
const WEIGHT_LINES_AT: usize = match weight_lines_at(WEIGHTS.as_bytes()) {
    Some(at) => at,
    None => panic!("kind_model.txt: fewer than ten weight lines, or no final newline"),
};
/// The header and the feature names: the only part of the file kept as text. Copied, because a
/// slice of the included file would keep the whole file in the binary.
const HEAD_BYTES: [u8; WEIGHT_LINES_AT] = {
    let mut out = [0u8; WEIGHT_LINES_AT];
    out.copy_from_slice(WEIGHTS.as_bytes().split_at(WEIGHT_LINES_AT).0);
    out
};
const HEAD: &str = match std::str::from_utf8(&HEAD_BYTES) {
    Ok(head) => head,
    Err(_) => panic!("kind_model.txt is not UTF-8"),
};
const WEIGHT_LINES: &[u8] = WEIGHTS.as_bytes().split_at(WEIGHT_LINES_AT).1;
const WEIGHT_COUNT: usize = WEIGHT_LINES.len() - 10;
/// The weights, two to a byte, packed while compiling: one character each cost 0.6 KB more of
/// gzipped wasm (measured: 250,996 against 250,433 B).
static PACKED: [u8; WEIGHT_COUNT.div_ceil(2)] = {
    let mut out = [0u8; WEIGHT_COUNT.div_ceil(2)];
    if pack_weights(WEIGHT_LINES, &mut out).is_none() {
        panic!("kind_model.txt: weight lines of unequal length, or a character outside '0'..'?'");
    }
    out
};

struct Model {
    scale: f32,
    offset: i32,
    bias: [f32; 10],
    /// Sorted feature names, for binary search.
    names: Vec<Box<str>>,
    /// Kind-major, two weights to a byte (the first in the high nibble): weight plus `offset`.
    packed: &'static [u8],
}

impl Model {
    fn weight(&self, kind: usize, feature: usize) -> f32 {
        let at = kind * self.names.len() + feature;
        let byte = self.packed[at / 2];
        let nibble = if at % 2 == 0 { byte >> 4 } else { byte & 0x0f };
        (i32::from(nibble) - self.offset) as f32 / self.scale
    }
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| parse(HEAD, &PACKED, WEIGHT_COUNT).unwrap_or_else(|line| panic!("kind_model.txt line {line} is malformed")))
}

/// The start of the last ten lines of a file that ends with a newline.
const fn weight_lines_at(text: &[u8]) -> Option<usize> {
    if text.is_empty() || text[text.len() - 1] != b'\n' {
        return None;
    }
    let (mut i, mut newlines) = (text.len(), 0);
    while i > 0 {
        if text[i - 1] == b'\n' {
            newlines += 1;
            if newlines == 11 {
                return Some(i);
            }
        }
        i -= 1;
    }
    None
}

/// Packs weight lines (characters '0'..'?', lines of one length) two to a byte into `out`;
/// returns how many weights there were, or `None` for a bad character, unequal lines or a
/// too-small `out`.
const fn pack_weights(lines: &[u8], out: &mut [u8]) -> Option<usize> {
    let (mut i, mut n, mut line_len, mut first_len) = (0, 0, 0, None::<usize>);
    while i < lines.len() {
        let c = lines[i];
        i += 1;
        if c == b'\n' {
            match first_len {
                Some(len) if len != line_len => return None,
                _ => first_len = Some(line_len),
            }
            line_len = 0;
            continue;
        }
        if c < b'0' || c > b'?' || n / 2 >= out.len() {
            return None;
        }
        let v = c - b'0';
        out[n / 2] = if n % 2 == 0 { v << 4 } else { out[n / 2] | v };
        n += 1;
        line_len += 1;
    }
    Some(n)
}

/// Lines (`#` starts a comment): `scale S`, `offset O`, `bias b0 … b9` (kinds in [`Kind::ALL`]
/// order), `features N`, N sorted names; then (packed apart, see [`PACKED`]) ten lines of N
/// weight characters. Each name is front-coded: a digit, how many characters it shares with the
/// name before, then the rest. Integers only: parsing floats would add their code to the wasm.
/// Returns the first bad line number (0: the counts disagree).
fn parse(head: &'static str, packed: &'static [u8], weight_count: usize) -> Result<Model, usize> {
    let mut lines = head.lines().enumerate().filter(|(_, l)| !l.starts_with('#'));
    let mut field = |key: &str| -> Result<(usize, &'static str), usize> {
        let (n, line) = lines.next().ok_or(0usize)?;
        line.strip_prefix(key).and_then(|v| v.strip_prefix(' ')).map(|v| (n + 1, v)).ok_or(n + 1)
    };
    let int = |(n, v): (usize, &str)| v.parse::<i32>().map_err(|_| n);
    let scale = int(field("scale")?)?;
    let offset = int(field("offset")?)?;
    let (n, bias_line) = field("bias")?;
    let bias: Vec<f32> = bias_line.split(' ').map(|v| v.parse::<i32>().map(|b| b as f32 / scale as f32).map_err(|_| n)).collect::<Result<_, _>>()?;
    let bias: [f32; 10] = bias.try_into().map_err(|_| n)?;
    let (n, count) = field("features")?;
    let count = usize::try_from(int((n, count))?).map_err(|_| n)?;
    let mut names = Vec::with_capacity(count);
    for (n, line) in lines {
        if names.len() == count {
            return Err(n + 1);
        }
        let name = unfold_name(names.last().map_or("", |last: &Box<str>| last), line).ok_or(n + 1)?;
        if names.last().is_some_and(|last| *last >= name) {
            return Err(n + 1);
        }
        names.push(name);
    }
    if scale <= 0 || names.len() != count || weight_count != 10 * count {
        return Err(0);
    }
    Ok(Model { scale: scale as f32, offset, bias, names, packed })
}

/// A front-coded name: `shared` characters of `previous`, then the rest of the line.
fn unfold_name(previous: &str, line: &str) -> Option<Box<str>> {
    let mut chars = line.chars();
    let shared = chars.next()?.to_digit(10)? as usize;
    let prefix: String = previous.chars().take(shared).collect();
    (prefix.chars().count() == shared).then(|| (prefix + chars.as_str()).into_boxed_str())
}

/// The features of one ticket, named as in the weights file, with their values.
pub fn features(words: &[(String, bool)], cue_scores: &[f32; 10], cue_kind: Kind) -> Vec<(String, f32)> {
    let mut out: Vec<(String, f32)> = Vec::new();
    for stem in words.iter().filter_map(|(word, _)| stem(word)) {
        // A linear scan: sorting Strings would add about 1 KB to the gzipped wasm, and a ticket
        // has a few hundred distinct stems at most.
        if !out.iter().any(|(seen, _)| *seen == stem) {
            out.push((stem, 1.0));
        }
    }
    for (kind, score) in Kind::ALL.iter().zip(cue_scores) {
        if *score > 0.0 {
            out.push((format!("c:{kind}"), score.min(CUE_CAP) / CUE_SCALE));
        }
    }
    out.push((format!("ck:{cue_kind}"), 1.0));
    out
}

/// A word's feature name: its first [`STEM_CHARS`] characters. Numbers and one-letter words
/// have none.
fn stem(word: &str) -> Option<String> {
    if word.chars().nth(1).is_none() || word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(word.chars().take(STEM_CHARS).collect())
}

/// Up to `n` of the ticket's words whose stems weigh most for `kind`, strongest first; one word
/// per stem.
pub fn strongest_words(words: &[(String, bool)], kind: Kind, n: usize) -> Vec<String> {
    let model = model();
    let mut weighed: Vec<(f32, String, &str)> = Vec::new();
    for (word, _) in words {
        let Some(stem) = stem(word) else { continue };
        if let Ok(i) = model.names.binary_search_by(|n| (**n).cmp(stem.as_str())) {
            let w = model.weight(kind.index(), i);
            if w > 0.0 && !weighed.iter().any(|(_, seen, _)| *seen == stem) {
                weighed.push((w, stem, word));
            }
        }
    }
    crate::sort::sort_by(&mut weighed, |a, b| a.0 > b.0);
    weighed.into_iter().take(n).map(|(_, _, w)| w.to_string()).collect()
}

/// The probability of each kind ([`Kind::ALL`] order).
pub fn probabilities(features: &[(String, f32)]) -> [f32; 10] {
    let model = model();
    let mut z = model.bias;
    for (name, value) in features {
        if let Ok(i) = model.names.binary_search_by(|n| (**n).cmp(name.as_str())) {
            for (k, slot) in z.iter_mut().enumerate() {
                *slot += model.weight(k, i) * value;
            }
        }
    }
    let max = z.iter().copied().fold(f32::MIN, f32::max);
    let mut p = z.map(|v| (v - max).exp());
    let sum: f32 = p.iter().sum();
    for v in &mut p {
        *v /= sum;
    }
    p
}

/// The kind the probabilities choose: the likeliest high-risk kind when the high-risk kinds
/// together reach `HIGH_RISK_SHARE` (15%), otherwise the likeliest everyday kind.
pub fn decide(p: &[f32; 10], is_high: impl Fn(Kind) -> bool) -> Kind {
    let high_share: f32 = Kind::ALL.iter().zip(p).filter(|(k, _)| is_high(**k)).map(|(_, v)| v).sum();
    let high = high_share >= HIGH_RISK_SHARE;
    Kind::ALL
        .iter()
        .zip(p)
        .filter(|(k, _)| is_high(**k) == high)
        .fold(None::<(Kind, f32)>, |best, (k, v)| match best {
            Some((_, bv)) if bv >= *v => best,
            _ => Some((*k, *v)),
        })
        .map_or(Kind::Other, |(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_parse_and_every_kind_can_win() {
        let m = model();
        assert!(m.names.len() > 100);
        for k in 0..10 {
            assert!((0..m.names.len()).any(|i| m.weight(k, i) > 0.5), "kind {k} has no clear positive weight");
        }
    }

    /// Splits and packs a whole file as the compile-time constants do.
    fn parse_file(text: &'static str) -> Result<Model, usize> {
        let at = weight_lines_at(text.as_bytes()).ok_or(usize::MAX)?;
        let packed: &'static mut [u8] = vec![0u8; text.len()].leak();
        let count = pack_weights(&text.as_bytes()[at..], packed).ok_or(usize::MAX)?;
        parse(&text[..at], packed, count)
    }

    #[test]
    fn a_malformed_file_names_its_line() {
        let ok_head = "scale 10\noffset 6\nbias 0 0 0 0 0 0 0 0 0 0\nfeatures 2\n0ab\n1c\n";
        let columns: String = (0..10).map(|k| format!("{}?\n", char::from(b'0' + k))).collect();
        let model = parse_file(Box::leak(format!("{ok_head}{columns}").into_boxed_str())).unwrap();
        assert_eq!(model.names, ["ab".into(), "ac".into()]);
        // kind k's first weight is k - 6 (scale 10), its second '?' - '0' - 6 = 9
        assert_eq!((0..10).map(|k| model.weight(k, 0)).collect::<Vec<_>>(), (0..10).map(|k| (k as f32 - 6.0) / 10.0).collect::<Vec<_>>());
        assert!((0..10).all(|k| model.weight(k, 1) == 0.9));
        let bad = |text: String| parse_file(Box::leak(text.into_boxed_str())).err();
        assert_eq!(bad("scale x\n".to_string() + &columns), Some(1));
        assert_eq!(bad("scale 10\noffset 6\nbias 0 0 0\n".to_string() + &columns), Some(3));
        // names out of order, a shared prefix longer than the name before, no digit
        assert_eq!(bad(format!("{}{columns}", ok_head.replace("0ab\n1c", "0b\n0a"))), Some(6));
        assert_eq!(bad(format!("{}{columns}", ok_head.replace("1c", "3c"))), Some(6));
        assert_eq!(bad(format!("{}{columns}", ok_head.replace("0ab", "ab"))), Some(5));
        // a name too many; a weight line missing (the last name is then read as weights)
        assert_eq!(bad(format!("{}2d\n{columns}", ok_head)), Some(7));
        assert_eq!(bad(format!("{ok_head}{}", "0?\n".repeat(9))), Some(usize::MAX));
        assert_eq!(bad(format!("{}{}", ok_head.replace("1c", "1?"), "0?\n".repeat(9))), Some(0));
        // weight lines of unequal length, a character outside '0'..'?', no final newline
        assert_eq!(bad(format!("{ok_head}0\n{}", "0?\n".repeat(9))), Some(usize::MAX));
        assert_eq!(bad(format!("{ok_head}{}", "0z\n".repeat(10))), Some(usize::MAX));
        assert_eq!(bad(format!("{ok_head}{}", "0?\n".repeat(10).trim_end())), Some(usize::MAX));
    }

    #[test]
    fn stems_cut_words_and_skip_numbers() {
        let words = vec![("refunded".to_string(), false), ("12345".to_string(), false), ("a".to_string(), true), ("refunds".to_string(), true)];
        let f = features(&words, &[0.0; 10], Kind::Other);
        let names: Vec<&str> = f.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["refu", "ck:other"]);
    }

    #[test]
    fn a_large_enough_high_risk_share_decides_even_when_an_everyday_kind_is_likelier() {
        let high = |k: Kind| matches!(k, Kind::Security | Kind::BillingRefund | Kind::Legal | Kind::Outage);
        let mut p = [0f32; 10];
        p[Kind::Billing.index()] = 0.6;
        p[Kind::BillingRefund.index()] = 0.2;
        p[Kind::Security.index()] = 0.15;
        p[Kind::Other.index()] = 0.05;
        assert_eq!(decide(&p, high), Kind::BillingRefund);
        p[Kind::BillingRefund.index()] = 0.1;
        p[Kind::Security.index()] = 0.04;
        p[Kind::Other.index()] = 0.26;
        assert_eq!(decide(&p, high), Kind::Billing);
    }
}
