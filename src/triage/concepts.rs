//! Concept cues: a high-risk ask is usually two ideas close together — money that moved plus
//! "twice" or "back"; a sign-in or code plus "not me" or "never"; "not loading" plus "all of
//! us". The phrase lists in `lexicon.rs` name whole phrasings; these name the two ideas, each a
//! word class in seven languages, and fire when both occur within a few words in either order.
//! They catch phrasings nobody wrote down ("put the second one back on my card", "three SMS
//! codes I never asked for", "nothing loads for any of us").

use crate::kind::Kind;

// Word classes (folded: lower case, no accents; `*` is a prefix). Single words only.
macro_rules! money {
    () => {
        "money|charge|charged|charges|debit*|taken|took|deducted|withdrawn|payment|payments|paid|amount|transaction*|\
         purchase|purchased|bought|achete|achat|compre|compra|comprado|gekauft|acquistato|gekocht|\
         dinero|cargo|cargos|cobro*|cobrad*|cobraron|importe|pago|pagos|argent|montant|prelev*|paiement*|\
         geld|abbuchung*|abgebucht|betrag|zahlung*|belastet|dinheiro|debitad*|pagamento*|soldi|addebit*|importo|\
         pagament*|afgeschreven|afschrijving*|geincasseerd|bedrag|betaling*"
    };
}
macro_rules! twice {
    () => {
        "twice|double|doubled|2x|x2|duplicate*|veces|doble|duplicad*|duplique*|doppelt|zweimal|doppio|doppia|volte|dobro|dubbel|tweemaal|dubbele"
    };
}
macro_rules! back {
    () => {
        "back|refund*|reimburs*|revers*|devuel*|devolv*|reembols*|rembours*|restitu*|rendu|rendus|rendue|rendre|vuelvan|vuelva|zuruck*|erstatt*|ruckbuch*|\
         estorn*|indietro|rimbors*|terug*|storn*|tornat*|riaver*|recuper*|zuruckhaben"
    };
}
macro_rules! card {
    () => {
        "card|bank|paypal|tarjeta|banco|carte|banque|karte|cartao|carta|kaart|rekening"
    };
}
macro_rules! signin {
    () => {
        "sign|signin|login|logins|logged|session*|access*|code|codes|sms|otp|2fa|verification|password|passwort|\
         inicio|sesion|acceso|codigo*|connexion|connecte*|mot|anmeldung|angemeldet|eingeloggt|zugriff|\
         acesso|senha|codice|codici|accesso|accessi|inlog*|ingelogd|wachtwoord"
    };
}
macro_rules! not_me {
    () => {
        "unknown|unrecognised|unrecognized|recognise|recognize|strange|weird|suspicious|desconocid*|reconozco|\
         extran*|sospechos*|inconnu*|reconnais|etrange|suspect*|unbekannt*|angefordert|seltsam|verdachtig*|\
         desconhecid*|reconheco|estranh*|suspeit*|sconosciut*|riconosco|strano|strana|sospett*|onbekend*|herken|\
         vreemd*|verdacht*|asleep|sleeping|slept|geschlafen|schlief|dormia|dormiva|durmiendo|dormido|dormindo|dormivo|sliep|slapen|dormais"
    };
}
macro_rules! compensation {
    () => {
        "credit|credits|credito|creditos|crediti|compensation|compensated|abono|bonificacion|indemnizacion|avoir|indemnisation|dedommagement|\
         gutschrift|entschadigung|ressarcimento|indenizacao|rimborso|indennizzo|vergoeding|compensatie|creditnota|penalty|penalties|penalizacion|penalite*|vertragsstrafe|penale|boete"
    };
}
macro_rules! sla {
    () => {
        "sla|slas|uptime|availability|disponibilidad|disponibilite|verfugbarkeit|disponibilidade|disponibilita|beschikbaarheid|\
         contract|contrato|contrat|vertrag|contratto|anexo|annex|annexe|anhang|allegato|bijlage|downtime|outage|caida|panne|ausfall|queda|interruzione|storing"
    };
}
macro_rules! broken {
    () => {
        "down|blank|white|502|503|504|unavailable|unreachable|offline|timeout|stuck|frozen|\
         atascad*|bloquead*|bloque|bloques|bloquee*|hangen|hangt|haengen|travad*|bloccat*|vastgelopen|\
         blanco|blanca|caido|caida|blanche|vide|indisponible|\
         weisse|weiss|leer|erreichbar|branca|branco|fora|\
         bianca|bianco|vuota|raggiungibile|wit|witte|leeg|bereikbaar|\
         disconnect*|desconect*|deconnect*|getrennt|disconness*|verbroken|interromp*|interrump*|unterbroch*|interrot*|onderbroken|\
         fige|figee|freezes|freezing|congelad*|eingefroren|bevroren|coupe|coupent|cortes|cortan"
    };
}
/// Verbs that say something works; broken only when negated ("no funciona para nadie").
macro_rules! works {
    () => {
        "loads|loading|load|carga|cargando|funciona|valida|fonctionne|marche|ladt|laden|geht|funktioniert|carrega|carica|funziona|laadt|werkt"
    };
}
macro_rules! negation {
    () => {
        "not|doesn|don|isn|no|ne|pas|nicht|nao|non|niet|kein"
    };
}
macro_rules! everyone {
    () => {
        "everyone|everybody|anyone|anybody|nobody|colleagues|ninguno|ninguna|nadie|\
         personne|collegues|niemand|keiner|keinem|kollegen|ninguem|nenhum|colegas|nessuno|\
         colleghi|iedereen|collega|collegas|allemaal"
    };
}
macro_rules! rights {
    () => {
        "copyright*|infring*|takedown|dmca|plagi*|lawyer*|attorney*|solicitor*|court|sue|lawsuit|author|authors|\
         autora|autor|abogad*|demanda*|tribunal|auteur|avocat*|plainte|urheber*|anwalt|anwaltin|klage|gericht|\
         autoral|advogad*|autore|autrice|avvocat*|auteursrecht*|advocaat|rechtbank"
    };
}
macro_rules! remove {
    () => {
        "remove|removed|delete|retireis|retirar|retiren|eliminar|borrar|retirer|supprimer|retirez|entfernen|loschen|\
         remover|apagar|rimuovere|rimuovete|cancellare|verwijderen|verwijder|publishing|publicando|publie|veroffentlicht|pubblicando|publiceert|reuploading|copied|copiado|copie|kopiert|copiati|gekopieerd"
    };
}

macro_rules! former_member {
    () => {
        "former|ex|previous|vorige|departed|removed|offboarded|fired|terminated|antiguo|antigua|anterior|despedid*|eliminad*|ancien|ancienne|licencie*|supprime|ehemalig*|fruher*|entlassen*|entfernt*|gekundigt*|antigo|antiga|demitid*|removid*|licenziat*|rimoss*|voormalig*|vertrokken|ontslagen|verwijderde|deactivated|deaktiviert*|desactivad*|desactive*|desativad*|disattivat*|gedeactiveerd|desligad*"
    };
}
macro_rules! still_active {
    () => {
        "edited|editing|editou|editando|edito|editado|editada|modifie|modifiee|bearbeitet|modificato|modificata|bewerkt|\
         exported|downloaded|downloading|exporting|accessed|accessing|renamed|sessions|acessos|acessando|accediendo|export|exports|csv|eingeloggt|ingelogd|logado|exporto|descargo|accedio|exporte|telecharge|exportiert|heruntergeladen|zugegriffen|sitzungen|exportou|baixou|acessou|sessoes|esportato|scaricato|sessioni|geexporteerd|gedownload|sessies|sesiones"
    };
}

/// (kind, weight, pattern). Both orders of each pair; `~N` is the window.
pub const CONCEPT_CUES: &[(Kind, f32, &str)] = &[
    (Kind::BillingRefund, 3.0, concat!(money!(), " ~5 ", twice!(), ", ", twice!(), " ~5 ", money!(), ", ", money!(), " ~5 and|y|et|und|e|en again|otra|encore|nochmal|ancora|opnieuw|novamente")),
    (Kind::BillingRefund, 2.0, concat!(money!(), " ~6 ", back!(), ", ", back!(), " ~6 ", money!())),
    (Kind::BillingRefund, 2.0, concat!(back!(), " ~3 ", card!())),
    (Kind::Security, 3.0, concat!(signin!(), " ~10 ", not_me!(), ", ", not_me!(), " ~10 ", signin!())),
    (Kind::BillingRefund, 3.0, concat!(compensation!(), " ~10 ", sla!(), ", ", sla!(), " ~10 ", compensation!())),
    (Kind::Security, 3.0, concat!(signin!(), " ~10 didn|didnt|never ~2 request*|ask*|order*, ", signin!(), " ~10 not ~2 requested|asked|ordered, ", signin!(), " ~10 no ~2 he ~1 pedido|solicitado, ", signin!(), " ~10 rien ~1 demande, ", signin!(), " ~10 nao ~1 pedi|solicitei, ", signin!(), " ~10 non ~2 richiest*, ", signin!(), " ~10 niet ~2 aangevraagd|gevraagd")),
    (Kind::Security, 3.0, concat!(signin!(), " ~10 sans ~1 rien ~1 demander|demande, ", signin!(), " ~10 sin ~1 pedir|solicitar, ", signin!(), " ~10 ohne ~3 angefordert|anzufordern, ", signin!(), " ~10 sem ~1 pedir|solicitar, ", signin!(), " ~10 senza ~1 chiedere|richiedere, ", signin!(), " ~10 zonder ~3 aanvragen|vragen, ", signin!(), " ~10 n ~1 essayais|essayait ~1 pas")),
    (Kind::Security, 2.0, "asleep|sleeping|slept|geschlafen|schlief|dormia|dormiva|durmiendo|dormido|dormindo|dormivo|sliep|dormais ~12 account|profile|history|cuenta|compte|konto|conta|profil|perfil|profilo|historial|historique|verlauf|historico|cronologia|geschiedenis, account|profile|history|cuenta|compte|konto|conta|profil|perfil|profilo ~12 asleep|sleeping|slept|geschlafen|schlief|dormia|dormiva|durmiendo|dormido|dormindo|dormivo|sliep|dormais"),
    (Kind::Security, 2.0, concat!(signin!(), " ~15 never|nie|jamais|nunca|mai|nooit ~2 been|gewesen|ete|estado|estive|stato|geweest")),
    (Kind::Outage, 2.0, concat!(broken!(), " ~6 ", everyone!(), ", ", everyone!(), " ~6 ", broken!())),
    (Kind::Outage, 2.0, concat!(negation!(), " ~2 ", works!(), " ~6 ", everyone!(), ", ", everyone!(), " ~6 ", negation!(), " ~2 ", works!(), ", ", works!(), " ~2 ", negation!(), " ~6 ", everyone!(), ", ", everyone!(), " ~6 ", works!(), " ~2 ", negation!())),
    // "todos/tous/alle/tutti" are everyone only beside people ("todos los campos en blanco" is one form)
    (Kind::Outage, 2.0, concat!(broken!(), " ~6 para|a|pour|fur|bei|per|voor|with|for ~1 todos|tous|alle|tutti|allen, todos|tous|alle|tutti ~2 usuarios|clientes|companeros|nosotros|utilisateurs|clients|nous|nutzer|benutzer|kunden|kollegen|mitarbeiter|wir|utilizadores|utenti|clienti|noi|gebruikers|klanten|wij ~6 ", broken!())),
    (Kind::Outage, 2.0, concat!(broken!(), " ~6 any|all|none|each ~1 of ~1 us, any|all|none ~1 of ~1 us ~6 ", broken!(), ", alle ~1 bei ~1 uns, whole|entire ~1 team|office|company ~6 ", broken!())),
    (Kind::Legal, 3.0, concat!(rights!(), " ~10 ", remove!(), ", ", remove!(), " ~10 ", rights!())),
    // someone who left or was removed, and their account used since ("still" alone is the
    // ordinary hand-over of a departed admin's workspace, an account question)
    (Kind::Security, 2.0, concat!(former_member!(), " ~12 ", still_active!())),
];

#[cfg(test)]
mod tests {
    /// A repeated word in a class is a sign of a copy-paste slip (and wasted bytes in wasm).
    #[test]
    fn word_classes_have_no_repeats() {
        let classes = [
            money!(), twice!(), back!(), card!(), signin!(), not_me!(), compensation!(), sla!(), broken!(), works!(), negation!(), everyone!(), rights!(), remove!(),
            former_member!(), still_active!(),
        ];
        for class in classes {
            let mut words: Vec<&str> = class.split('|').map(str::trim).collect();
            assert!(words.iter().all(|w| !w.is_empty() && !w.contains(' ')), "{class}");
            words.sort_unstable();
            let repeats: Vec<_> = words.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
            assert!(repeats.is_empty(), "repeated in a class: {repeats:?}");
        }
    }
}
