//! The fixture site in each language candor ships (issue 15, "Languages"): built with
//! `language: <tag>`, its index says the banner and headings in that language, marks the
//! document's language (and direction), and keeps no English heading. Every message of every
//! language is checked against English's by `locale::tests`; this reads the built page.

use crate::common::TestSite;

/// Each shipped language and words its index must say: the banner of the fixture's partial
/// outage, and the headings of ongoing incidents, components and recent incidents.
const LANGUAGES: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "Teilweiser Systemausfall",
            "Laufende Störungen",
            "Komponenten",
            "Ursache gefunden",
        ],
    ),
    (
        "fr",
        &[
            "Panne partielle des systèmes",
            "Incidents en cours",
            "Composants",
            "Cause identifiée",
        ],
    ),
    (
        "es",
        &[
            "Interrupción parcial del sistema",
            "Incidentes en curso",
            "Componentes",
            "1 incidente en curso.",
        ],
    ),
    (
        "pt-BR",
        &[
            "Interrupção parcial do sistema",
            "Incidentes em andamento",
            "Componentes",
            "Incidentes recentes",
        ],
    ),
    (
        "it",
        &[
            "Interruzione parziale dei sistemi",
            "Incidenti in corso",
            "Componenti",
            "1 incidente in corso.",
        ],
    ),
    (
        "nl",
        &[
            "Gedeeltelijke systeemstoring",
            "Lopende storingen",
            "Componenten",
            "Oorzaak gevonden",
        ],
    ),
    (
        "ja",
        &[
            "システムの一部で障害が発生しています",
            "対応中の障害",
            "コンポーネント",
            "最近の障害",
        ],
    ),
    (
        "zh-Hans",
        &["系统部分中断", "正在处理的事件", "组件", "近期事件"],
    ),
    (
        "ar",
        &[
            "انقطاع جزئي في الأنظمة",
            "الحوادث الجارية",
            "المكوّنات",
            "الحوادث الأخيرة",
        ],
    ),
];

const ENGLISH: &[&str] = &[
    "Ongoing incidents",
    "Recent incidents",
    "Components",
    "Partial System Outage",
    "Skip to content",
];

#[test]
fn the_fixture_site_reads_in_every_shipped_language() {
    let site = TestSite::new("site");
    let config = site.read("candor.yaml");
    for (tag, want) in LANGUAGES {
        site.write(
            "candor.yaml",
            &config.replace("language: en-GB", &format!("language: {tag}")),
        );
        site.build("public").success();
        let index = site.read("public/index.html");
        let rtl = if *tag == "ar" { " dir=\"rtl\"" } else { "" };
        assert!(
            index.contains(&format!("<html lang=\"{tag}\"{rtl} ")),
            "{tag}: the document's language and direction"
        );
        for w in *want {
            assert!(index.contains(w), "{tag}: the index lacks {w:?}");
        }
        for english in ENGLISH {
            assert!(
                !index.contains(english),
                "{tag}: the index still says {english:?}"
            );
        }
    }
}
