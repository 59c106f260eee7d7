use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;

use crate::hooks::{hook, hook_value};
use crate::use_page;
use nap1325_core::hooks::{embed, Hook};
use nap1325_core::model::Lang;
use nap1325_core::url::{page_for, Param};

/// The iframe's title in each language: what a screen reader announces for the embedded widget.
pub fn iframe_title(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{title} – interactief overzicht"),
        Lang::En => format!("{title} – interactive overview"),
    }
}

/// `embed.html`, for web editors: the widget in an iframe as a host page shows it, the options, the
/// snippet to copy (made by `embed.js`), the height messages and the server headers. In Dutch, the
/// editors' language.
#[component]
pub fn EmbedGuide(
    /// The Subresource Integrity hash of `embed-host.js`, for the snippet.
    host_integrity: String,
) -> impl IntoView {
    let report = use_page().report;
    let title_nl = iframe_title(&report.info.title.nl, Lang::Nl);
    let title_en = iframe_title(&report.info.title.en, Lang::En);
    // The element methods know no `loading` or `referrerpolicy` for iframes: set as custom attributes.
    let preview = leptos::html::iframe()
        .title(title_nl.clone())
        .src("./")
        // Its width comes from the stylesheet: `width` takes whole pixels only.
        .height("1800")
        .add_any_attr(custom_attribute(embed::FRAME, ""))
        .add_any_attr(hook(Hook::GuidePreview))
        // The presentation may go full screen.
        .add_any_attr(custom_attribute("allow", "fullscreen"))
        .add_any_attr(custom_attribute("loading", "lazy"))
        .add_any_attr(custom_attribute("referrerpolicy", "no-referrer"));
    let params = Param::ALL
        .into_iter()
        .map(|param| {
            let (example, meaning) = param_doc(param);
            view! {
                <tr>
                    <th scope="row"><code>{param.name()}</code></th>
                    <td><code>{example}</code></td>
                    <td>{meaning}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <main class="embed-guide">
            <h1>"De NAP1325-IV-widget insluiten"</h1>
            <p>
                "Deze widget toont de voortgangsrapportage NAP1325-IV (2022–2023) als kaart, filterbare resultaten en voetnoten. "
                "U sluit hem in met een iframe; kies hieronder de opties en kopieer de HTML. De widget plaatst geen cookies en "
                "maakt geen verbinding met andere servers dan de zijne."
            </p>
            <form class="embed-options" {..hook(Hook::GuideForm)} {..hook_value(Hook::GuideTitleNl, title_nl)} {..hook_value(Hook::GuideTitleEn, title_en)} {..hook_value(Hook::GuidePageNl, page_for(Lang::Nl))} {..hook_value(Hook::GuidePageEn, page_for(Lang::En))} {..hook_value(Hook::GuideHostIntegrity, host_integrity)}>
                <fieldset>
                    <legend>"Taal"</legend>
                    <label><input type="radio" name="lang" value="nl" checked/>" Nederlands"</label>
                    <label lang="en"><input type="radio" name="lang" value="en"/>" English"</label>
                </fieldset>
                <label for="embed-preset">"Vooraf gekozen filters, land of voetnoten (zie de tabel hieronder), bijvoorbeeld "<code>"place=COL"</code></label>
                <input type="text" id="embed-preset" name="preset" autocomplete="off" spellcheck="false"/>
                <label><input type="checkbox" name="compact"/>" Compact: zonder de kop van de widget (de pagina heeft er zelf een)"</label>
                <label for="embed-height">"Hoogte in pixels (als de hoogte niet automatisch meegaat)"</label>
                <input type="number" id="embed-height" name="height" min=embed::MIN_HEIGHT max=embed::MAX_HEIGHT step="50" value="1800"/>
                <label><input type="checkbox" name="autoheight" checked/>" Hoogte automatisch aanpassen (voegt een klein script toe)"</label>
            </form>
            <label for="embed-snippet">"HTML om in te voegen"</label>
            <textarea id="embed-snippet" rows="5" readonly {..hook(Hook::GuideSnippet)}></textarea>
            <p>
                <button type="button" {..hook(Hook::GuideCopy)}>"Kopieer de HTML"</button>
                " "
                <span role="status" {..hook(Hook::GuideStatus)}></span>
            </p>
            <h2>"Voorbeeld"</h2>
            {preview}
            <h2>"Opties in het adres van de widget"</h2>
            <p>"Dezelfde parameters als in een gedeelde link: wat een bezoeker kan kiezen, kan een redacteur vooraf kiezen."</p>
            <table class="embed-params">
                <thead>
                    <tr><th scope="col">"parameter"</th><th scope="col">"voorbeeld"</th><th scope="col">"betekenis"</th></tr>
                </thead>
                <tbody>{params}</tbody>
            </table>
            <h2>"Automatische hoogte"</h2>
            <p>
                "In een iframe meldt de widget de hoogte van zijn inhoud aan de pagina eromheen, alleen als die verandert, met "
                <code>"postMessage"</code>" en dit bericht: "<code>"{ \"type\": \"nap1325:height\", \"height\": 1234 }"</code>
                " (CSS-pixels, een geheel getal). Het script "<code>"embed-host.js"</code>" past de hoogte van iframes met het attribuut "
                <code>"data-nap1325"</code>" daarop aan en aanvaardt het bericht alleen van dat iframe en van de herkomst (origin) van de widget. "
                "Zonder het script houdt het iframe de opgegeven hoogte en schuift de widget daarbinnen: er valt niets weg."
            </p>
            <h2>"Instellingen van de server die de widget aanbiedt"</h2>
            <ul>
                <li>
                    <code>"Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' https://www.rijksoverheid.nl https://www.government.nl"</code>
                    " — "<code>"frame-ancestors"</code>" noemt de sites die de widget mogen insluiten; voeg er een toe als een andere site dat moet kunnen."
                </li>
                <li><code>"Content-Type: application/wasm"</code>" voor het .wasm-bestand (anders weigert de browser het)."</li>
                <li><code>"Access-Control-Allow-Origin: *"</code>" voor "<code>"embed-host.js"</code>", zodat de integriteitscontrole in de snippet (crossorigin) werkt."</li>
                <li><code>"X-Content-Type-Options: nosniff"</code>", "<code>"Referrer-Policy: no-referrer"</code>"."</li>
            </ul>
        </main>
    }
}

/// An example and the meaning of each URL parameter, for the editors.
fn param_doc(param: Param) -> (&'static str, &'static str) {
    use nap1325_core::filter::Facet;
    match param {
        Param::Facet(Facet::Section) => (
            "section=financial",
            "onderdelen van de brief: diplomatic, financial, operational, closing",
        ),
        Param::Facet(Facet::Ministry) => (
            "ministry=Defensie,BZ",
            "verantwoordelijke ministeries: BZ, BHO, Defensie, JenV, AenM, OCW",
        ),
        Param::Facet(Facet::Goal) => (
            "goal=protection",
            "NAP-doelen: participation, prevention, protection, relief-recovery, mainstreaming",
        ),
        Param::Facet(Facet::Year) => (
            "year=2023",
            "jaren; none voor resultaten zonder genoemd jaar",
        ),
        Param::Facet(Facet::Place) => (
            "place=COL,middle-east",
            "landen (ISO-code van drie letters) en gebieden (middle-east, un, eu, nato)",
        ),
        Param::Query => ("q=oekraine", "zoekterm"),
        Param::Footnotes => (
            "fn=intro:1",
            "voetnoten die openstaan: plaats (intro of de id van een resultaat) en nummer",
        ),
        Param::Map => (
            "map=middle-east",
            "ingezoomde kaart: europe, middle-east, africa",
        ),
        Param::Lang => (
            "lang=en",
            "taal: nl of en (opent de Engelse pagina, en.html)",
        ),
        Param::Compact => ("compact=1", "zonder de kop van de widget"),
        Param::Present => ("present=1", "opent de presentatie, bij deze stap"),
        Param::Speaker => (
            "speaker=1",
            "met present=: de sprekersweergave (notities, volgende stap, tijd) in een eigen venster",
        ),
    }
}
