//! Language identification for the seven supported languages, from the customer's own words.
//!
//! Function words vote (short tickets such as "dark mode pls" still almost always have one), and
//! letters only some of the languages use break ties. The caller passes only the customer's own
//! prose, so quoted replies, logs and signatures in another language do not count.
//!
//! whatlang's trigram model (allowlisted to the seven languages) was tried and measured: no gain
//! on the development corpus or our probes, and 59 KB of the 250 KB gzipped wasm budget, which
//! the redaction engine and the checker need more.

use serde::{Deserialize, Deserializer, Serialize};

use crate::text::Token;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Es,
    Fr,
    De,
    Pt,
    It,
    Nl,
}

impl Language {
    pub const ALL: [Language; 7] = [Language::En, Language::Es, Language::Fr, Language::De, Language::Pt, Language::It, Language::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Pt => "pt",
            Language::It => "it",
            Language::Nl => "nl",
        }
    }

    /// Parses "de", "DE", "de-AT", "pt_BR".
    pub fn parse(tag: &str) -> Option<Language> {
        let base = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == base)
    }


    fn function_words(self) -> &'static [&'static str] {
        // Folded (lower case, no accents). Words shared by several languages are left out
        // ("de", "a", "e", "la", "en", "die"...), or kept only where they are most typical.
        match self {
            Language::En => &[
                "the", "and", "is", "are", "was", "it", "i", "you", "my", "we", "our", "to", "of", "in", "for", "with", "this",
                "that", "have", "can", "how", "what", "not", "just", "please", "thanks", "hi", "hello", "any", "get", "does",
                "doesn", "don", "can't", "there", "from", "your", "would", "be", "on", "since", "when", "why", "who",
            ],
            Language::Es => &[
                "el", "los", "las", "una", "uno", "y", "es", "que", "por", "para", "con", "pero", "mi", "mis", "nos", "hola",
                "gracias", "como", "esta", "este", "estoy", "tengo", "hay", "muy", "del", "al", "se", "lo", "ya", "cuando",
                "puedo", "podeis", "quiero", "pedido", "usted", "buenas", "saludo", "tambien", "nada", "ningun", "ninguna",
                "no", "puede", "podemos", "necesito", "porque", "aqui", "ahora", "esto", "eso", "sale", "entrar", "vuestro", "vuestra",
                "tener", "estaria", "gustaria", "hacer", "poder", "movil", "todos", "nadie", "hemos", "puedes", "tu", "tus",
            ],
            Language::Fr => &[
                "le", "les", "des", "un", "une", "et", "est", "je", "vous", "nous", "pour", "avec", "pas", "sur", "dans", "que",
                "qui", "mon", "ma", "mes", "votre", "bonjour", "merci", "ce", "cette", "il", "elle", "sont", "j", "ai", "au",
                "aux", "mais", "ou", "plus", "peux", "pouvez", "comment", "cordialement", "n", "c", "qu", "d",
                "appli", "impossible", "depuis", "hier", "aujourd", "toujours", "encore", "deja", "alors", "donc", "chez", "tres", "plante",
            ],
            Language::De => &[
                "der", "das", "und", "ist", "ich", "wir", "sie", "nicht", "mit", "auf", "fur", "ein", "eine", "einen", "es",
                "zu", "den", "dem", "bei", "uns", "mein", "meine", "unser", "unsere", "hallo", "danke", "bitte", "wie", "kann",
                "konnen", "gibt", "auch", "noch", "nur", "habe", "haben", "wird", "seit", "mehr", "grus", "gruse", "guten",
            ],
            Language::Pt => &[
                "o", "os", "as", "um", "uma", "e", "nao", "que", "com", "para", "por", "meu", "minha", "voce", "voces", "ola",
                "obrigado", "obrigada", "estou", "tenho", "no", "na", "nos", "nas", "do", "da", "dos", "das", "mas", "ja", "isso",
                "esse", "essa", "como", "pra", "ate", "tambem", "aparece", "bom", "dia", "oi", "valeu", "sao", "foi", "quando",
                "fora", "mundo", "cedo", "gostaria", "ter", "otimo", "consigo", "ninguem", "hoje", "ontem", "agora", "ar", "temos", "sua", "seu", "pode",
            ],
            Language::It => &[
                "il", "lo", "gli", "le", "un", "una", "e", "non", "che", "per", "con", "mi", "mio", "mia", "sono", "ho", "del",
                "della", "nel", "nella", "ciao", "grazie", "buongiorno", "salve", "come", "questo", "questa", "anche", "ma",
                "posso", "potete", "vorrei", "piu", "gia", "sul", "sulla", "dal", "dalla", "cordiali", "saluti", "perche",
                "lenta", "lento", "ancora", "sempre", "molto", "nostro", "nostra", "vostro", "vostra", "funziona", "riesco",
                "nessuno", "nessuna", "da", "oggi", "ieri", "stamattina", "qualcuno", "tutti", "ogni", "risponde", "abbiamo", "ti", "hai",
                "avete", "siamo", "stato", "stata", "puoi", "sei", "tuo", "tua",
            ],
            Language::Nl => &[
                "het", "een", "is", "ik", "wij", "we", "niet", "met", "voor", "van", "op", "dat", "die", "mijn",
                "ons", "onze", "hoe", "kan", "kunnen", "hallo", "hoi", "bedankt", "dank", "groet", "graag", "wel", "geen", "er",
                "ook", "nog", "maar", "je", "jullie", "zijn", "heb", "hebben", "wordt", "naar", "bij", "alvast", "goedemorgen", "uw",
                "bent", "kunt", "jouw",
            ],
        }
    }
}

/// A language tag read from input, or the error both readers below give for an unknown one.
fn parse_tag<E: serde::de::Error>(tag: &str) -> Result<Language, E> {
    Language::parse(tag).ok_or_else(|| E::custom(format!("unknown language `{tag}`; supported: en, es, fr, de, pt, it, nl")))
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        parse_tag(&String::deserialize(d)?)
    }
}

/// The core's reader (see `value_de::FromValue`): as `Deserialize` above.
impl crate::value_de::FromValue for Language {
    fn from_value(value: serde_json::Value) -> Result<Self, crate::value_de::Error> {
        parse_tag(&String::from_value(value)?)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// How the language was decided, for the triage signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    CustomerText,
    Hint,
    Default,
}

/// Identifies the language of the customer's own prose. `tokens` are its folded words, `text`
/// the same prose joined. Returns `None` when there is too little text to tell.
pub fn identify(text: &str, tokens: &[Token]) -> Option<Language> {
    let mut votes = [0f64; 7];
    for token in tokens {
        for (i, lang) in Language::ALL.iter().enumerate() {
            if lang.function_words().contains(&token.folded.as_str()) {
                votes[i] += 1.0;
            }
        }
    }
    let words = tokens.iter().filter(|t| t.folded.chars().any(char::is_alphabetic)).count();
    if words == 0 {
        return None;
    }
    // Letters only some of the languages use break ties between close relatives (es/pt/it,
    // nl/de) when a text has few function words.
    for c in text.chars() {
        let hint: &[(Language, f64)] = match c {
            'ñ' | '¿' | '¡' => &[(Language::Es, 0.5)],
            'ã' | 'õ' => &[(Language::Pt, 0.5)],
            'ç' => &[(Language::Pt, 0.2), (Language::Fr, 0.2)],
            'ß' => &[(Language::De, 0.5)],
            'ä' | 'ö' | 'ü' => &[(Language::De, 0.3)],
            'è' | 'ù' | 'ò' | 'ì' => &[(Language::It, 0.2), (Language::Fr, 0.1)],
            'ê' | 'â' | 'î' | 'û' | 'œ' => &[(Language::Fr, 0.2)],
            _ => &[],
        };
        for (lang, weight) in hint {
            votes[*lang as usize] += weight;
        }
    }
    let (best, score) = votes.iter().enumerate().fold((0, f64::MIN), |acc, (i, v)| if *v > acc.1 { (i, *v) } else { acc });
    (score > 0.0).then_some(Language::ALL[best])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn lang(text: &str) -> Option<Language> {
        identify(text, &tokenize(text))
    }

    #[test]
    fn seven_languages() {
        assert_eq!(lang("Hi, how do I export my contacts to a spreadsheet?"), Some(Language::En));
        assert_eq!(lang("Hola, no me llega el correo para cambiar la contraseña"), Some(Language::Es));
        assert_eq!(lang("Bonjour, je n'arrive pas à partager mon tableau"), Some(Language::Fr));
        assert_eq!(lang("Hallo, ich kann mich seit gestern nicht mehr anmelden"), Some(Language::De));
        assert_eq!(lang("Olá, não consigo acessar minha conta desde ontem"), Some(Language::Pt));
        assert_eq!(lang("Buongiorno, non riesco ad accedere al mio account"), Some(Language::It));
        assert_eq!(lang("Hoi, ik kan mijn wachtwoord niet wijzigen"), Some(Language::Nl));
    }

    #[test]
    fn short_informal_english() {
        assert_eq!(lang("dark mode pls, any plans?"), Some(Language::En));
    }

    #[test]
    fn parse_accepts_region_tags() {
        assert_eq!(Language::parse("pt-BR"), Some(Language::Pt));
        assert_eq!(Language::parse("DE"), Some(Language::De));
        assert_eq!(Language::parse("ja"), None);
    }

    #[test]
    fn nothing_to_tell() {
        assert_eq!(lang("12345 !!!"), None);
    }
}
