//! The offline drafter's sentences in the seven languages. None states a policy, a timeline, a
//! promise or an action: those come only from cited snippets.

use crate::{Kind, Language};

pub struct Words {
    pub greeting: &'static str,
    pub greeting_named: &'static str,
    pub thanks: &'static str,
    /// Points to an article by title; `{title}` and `{id}` are filled in.
    pub article: &'static str,
    pub no_article: &'static str,
    questions: [&'static str; 6],
    pub closing: &'static str,
    pub signature: &'static str,
    /// For the team: `{kind}`, `{language}`, `{snippets}`.
    pub internal_note: &'static str,
    /// For the team when a human takes over: `{reason}`, `{kind}`, `{snippets}`.
    pub handoff_note: &'static str,
}

impl Words {
    /// The clarifying question a ticket of this kind usually needs.
    pub fn question(&self, kind: Kind) -> &'static str {
        let index = match kind {
            Kind::Bug => 0,
            Kind::HowTo => 1,
            Kind::Account => 2,
            Kind::Billing | Kind::BillingRefund => 3,
            Kind::FeatureRequest => 4,
            _ => 5,
        };
        self.questions[index]
    }
}

pub fn for_language(language: Language) -> &'static Words {
    match language {
        Language::En => &EN,
        Language::Es => &ES,
        Language::Fr => &FR,
        Language::De => &DE,
        Language::Pt => &PT,
        Language::It => &IT,
        Language::Nl => &NL,
    }
}

static EN: Words = Words {
    greeting: "Hi there,",
    greeting_named: "Hi {name},",
    thanks: "Thanks for getting in touch.",
    article: "Our article “{title}” describes this [{id}].",
    no_article: "A member of our team will look at your question.",
    questions: [
        "Could you tell us which browser or app version you use and the steps that lead to the problem?",
        "Could you tell us a little more about what you would like to achieve?",
        "Could you confirm the email address of the account this is about?",
        "Could you tell us the invoice number or the date of the charge?",
        "Could you tell us how you would use this in your work?",
        "Could you tell us a little more about your question?",
    ],
    closing: "Best regards,",
    signature: "Support",
    internal_note: "Offline draft for a {kind} ticket in {language}; cited: {snippets}. Review before sending.",
    handoff_note: "No draft: handed to a human ({reason}). Suspected kind: {kind}. Related articles: {snippets}.",
};

static ES: Words = Words {
    greeting: "Hola:",
    greeting_named: "Hola {name}:",
    thanks: "Gracias por escribirnos.",
    article: "Nuestro artículo «{title}» lo explica [{id}].",
    no_article: "Una persona de nuestro equipo revisará tu consulta.",
    questions: [
        "¿Nos puedes indicar qué navegador o versión de la app usas y los pasos que llevan al problema?",
        "¿Nos puedes contar un poco más sobre lo que quieres conseguir?",
        "¿Nos confirmas la dirección de correo de la cuenta?",
        "¿Nos indicas el número de factura o la fecha del cargo?",
        "¿Nos cuentas cómo lo usarías en tu trabajo?",
        "¿Nos puedes dar algún detalle más sobre tu consulta?",
    ],
    closing: "Un saludo,",
    signature: "Soporte",
    internal_note: "Borrador offline para un ticket {kind} en {language}; citas: {snippets}. Revisar antes de enviar.",
    handoff_note: "Sin borrador: pasa a una persona ({reason}). Tipo probable: {kind}. Artículos relacionados: {snippets}.",
};

static FR: Words = Words {
    greeting: "Bonjour,",
    greeting_named: "Bonjour {name},",
    thanks: "Merci pour votre message.",
    article: "Notre article « {title} » l'explique [{id}].",
    no_article: "Une personne de notre équipe va examiner votre question.",
    questions: [
        "Pourriez-vous nous indiquer votre navigateur ou la version de l'application, et les étapes qui mènent au problème ?",
        "Pourriez-vous nous en dire un peu plus sur ce que vous souhaitez faire ?",
        "Pourriez-vous nous confirmer l'adresse e-mail du compte concerné ?",
        "Pourriez-vous nous indiquer le numéro de la facture ou la date du prélèvement ?",
        "Pourriez-vous nous dire comment vous l'utiliseriez au quotidien ?",
        "Pourriez-vous nous en dire un peu plus sur votre demande ?",
    ],
    closing: "Bien cordialement,",
    signature: "Le support",
    internal_note: "Brouillon hors ligne pour un ticket {kind} en {language} ; cités : {snippets}. À relire avant envoi.",
    handoff_note: "Pas de brouillon : transmis à une personne ({reason}). Type probable : {kind}. Articles liés : {snippets}.",
};

static DE: Words = Words {
    greeting: "Hallo,",
    greeting_named: "Hallo {name},",
    thanks: "vielen Dank für Ihre Nachricht.",
    article: "Unser Artikel „{title}“ beschreibt das [{id}].",
    no_article: "Jemand aus unserem Team sieht sich Ihre Frage an.",
    questions: [
        "Können Sie uns sagen, welchen Browser oder welche App-Version Sie nutzen und welche Schritte zum Problem führen?",
        "Können Sie uns etwas genauer beschreiben, was Sie erreichen möchten?",
        "Können Sie uns die E-Mail-Adresse des betroffenen Kontos bestätigen?",
        "Können Sie uns die Rechnungsnummer oder das Datum der Abbuchung nennen?",
        "Können Sie uns sagen, wie Sie das in Ihrer Arbeit nutzen würden?",
        "Können Sie uns etwas mehr zu Ihrer Frage sagen?",
    ],
    closing: "Viele Grüße",
    signature: "Ihr Support-Team",
    internal_note: "Offline-Entwurf für ein {kind}-Ticket auf {language}; zitiert: {snippets}. Vor dem Senden prüfen.",
    handoff_note: "Kein Entwurf: an einen Menschen übergeben ({reason}). Vermutete Art: {kind}. Passende Artikel: {snippets}.",
};

static PT: Words = Words {
    greeting: "Olá!",
    greeting_named: "Olá, {name}!",
    thanks: "Obrigado pela mensagem.",
    article: "O nosso artigo “{title}” explica isso [{id}].",
    no_article: "Uma pessoa da nossa equipe vai analisar a sua pergunta.",
    questions: [
        "Pode nos dizer qual navegador ou versão do aplicativo você usa e os passos que levam ao problema?",
        "Pode nos contar um pouco mais sobre o que deseja fazer?",
        "Pode confirmar o endereço de e-mail da conta?",
        "Pode nos informar o número da fatura ou a data da cobrança?",
        "Pode nos contar como usaria isso no seu trabalho?",
        "Pode nos dar mais alguns detalhes sobre a sua pergunta?",
    ],
    closing: "Abraços,",
    signature: "Suporte",
    internal_note: "Rascunho offline para um ticket {kind} em {language}; citados: {snippets}. Revisar antes de enviar.",
    handoff_note: "Sem rascunho: encaminhado a uma pessoa ({reason}). Tipo provável: {kind}. Artigos relacionados: {snippets}.",
};

static IT: Words = Words {
    greeting: "Buongiorno,",
    greeting_named: "Ciao {name},",
    thanks: "grazie per averci scritto.",
    article: "Il nostro articolo «{title}» lo spiega [{id}].",
    no_article: "Una persona del nostro team esaminerà la tua richiesta.",
    questions: [
        "Puoi indicarci quale browser o versione dell'app usi e i passaggi che portano al problema?",
        "Puoi raccontarci qualcosa in più su cosa vuoi ottenere?",
        "Puoi confermarci l'indirizzo email dell'account?",
        "Puoi indicarci il numero della fattura o la data dell'addebito?",
        "Puoi dirci come lo useresti nel tuo lavoro?",
        "Puoi darci qualche dettaglio in più sulla tua richiesta?",
    ],
    closing: "Un saluto,",
    signature: "Il supporto",
    internal_note: "Bozza offline per un ticket {kind} in {language}; citati: {snippets}. Da rivedere prima dell'invio.",
    handoff_note: "Nessuna bozza: passato a una persona ({reason}). Tipo probabile: {kind}. Articoli correlati: {snippets}.",
};

static NL: Words = Words {
    greeting: "Hallo,",
    greeting_named: "Hallo {name},",
    thanks: "Bedankt voor je bericht.",
    article: "Ons artikel ‘{title}’ beschrijft dit [{id}].",
    no_article: "Iemand van ons team kijkt naar je vraag.",
    questions: [
        "Kun je ons laten weten welke browser of app-versie je gebruikt en welke stappen tot het probleem leiden?",
        "Kun je iets meer vertellen over wat je wilt bereiken?",
        "Kun je het e-mailadres van het account bevestigen?",
        "Kun je ons het factuurnummer of de datum van de afschrijving geven?",
        "Kun je vertellen hoe je dit in je werk zou gebruiken?",
        "Kun je iets meer vertellen over je vraag?",
    ],
    closing: "Met vriendelijke groet,",
    signature: "Support",
    internal_note: "Offline concept voor een {kind}-ticket in het {language}; geciteerd: {snippets}. Controleren voor verzending.",
    handoff_note: "Geen concept: doorgegeven aan een mens ({reason}). Vermoedelijk type: {kind}. Gerelateerde artikelen: {snippets}.",
};
